package crosscheck

import (
	"github.com/docenum/docenum/generated/bandwidth"
	"github.com/docenum/docenum/generated/callstatus"
	"github.com/docenum/docenum/generated/genesys"
	"github.com/docenum/docenum/generated/kaleyra"
	"github.com/docenum/docenum/generated/kaleyraio"
	"github.com/docenum/docenum/generated/ringcentral"
	"github.com/docenum/docenum/generated/telnyx"
	"github.com/docenum/docenum/generated/twilio"
	"github.com/docenum/docenum/generated/vonage"
)

// enum is one generated vendor enum, seen through wire strings.
type enum struct {
	vendor, name string
	// wires lists the known values in spec order.
	wires func() []string
	// canonical is the generated Canonical method of the value with wire w.
	canonical func(w string) callstatus.Status
	// reverse is the generated <Enum>For, as wires; nil when the enum has
	// none (no value of it expresses an outcome).
	reverse func(callstatus.Outcome, callstatus.Leg) []string
}

// canonicalEnum is what every generated vendor enum type provides.
type canonicalEnum interface {
	~string
	Canonical() callstatus.Status
}

func enumOf[T canonicalEnum](vendor, name string, values func() []T, reverse func(callstatus.Outcome, callstatus.Leg) []T) enum {
	e := enum{
		vendor:    vendor,
		name:      name,
		wires:     func() []string { return wiresOf(values()) },
		canonical: func(w string) callstatus.Status { return T(w).Canonical() },
	}
	if reverse != nil {
		e.reverse = func(o callstatus.Outcome, l callstatus.Leg) []string { return wiresOf(reverse(o, l)) }
	}
	return e
}

func wiresOf[T ~string](vals []T) []string {
	if vals == nil {
		return nil
	}
	out := make([]string, len(vals))
	for i, v := range vals {
		out[i] = string(v)
	}
	return out
}

// enums lists every generated vendor enum.
var enums = []enum{
	enumOf("bandwidth", "EventType", bandwidth.EventTypeValues, nil),
	enumOf("bandwidth", "Cause", bandwidth.CauseValues, bandwidth.CauseFor),
	enumOf("bandwidth", "CallDirection", bandwidth.CallDirectionValues, nil),
	enumOf("genesys", "State", genesys.StateValues, nil),
	enumOf("genesys", "Direction", genesys.DirectionValues, nil),
	enumOf("genesys", "RecordingState", genesys.RecordingStateValues, nil),
	enumOf("genesys", "DisconnectType", genesys.DisconnectTypeValues, genesys.DisconnectTypeFor),
	enumOf("kaleyra", "CallStatus", kaleyra.CallStatusValues, kaleyra.CallStatusFor),
	enumOf("kaleyraio", "CallStatus", kaleyraio.CallStatusValues, kaleyraio.CallStatusFor),
	enumOf("ringcentral", "CallStatusInfoCode", ringcentral.CallStatusInfoCodeValues, ringcentral.CallStatusInfoCodeFor),
	enumOf("ringcentral", "CallStatusInfoReason", ringcentral.CallStatusInfoReasonValues, ringcentral.CallStatusInfoReasonFor),
	enumOf("telnyx", "CallAnsweredRecordType", telnyx.CallAnsweredRecordTypeValues, nil),
	enumOf("telnyx", "CallAnsweredEventType", telnyx.CallAnsweredEventTypeValues, nil),
	enumOf("telnyx", "CallAnsweredPayloadState", telnyx.CallAnsweredPayloadStateValues, nil),
	enumOf("telnyx", "CallBridgedRecordType", telnyx.CallBridgedRecordTypeValues, nil),
	enumOf("telnyx", "CallBridgedEventType", telnyx.CallBridgedEventTypeValues, nil),
	enumOf("telnyx", "CallHangupRecordType", telnyx.CallHangupRecordTypeValues, nil),
	enumOf("telnyx", "CallHangupEventType", telnyx.CallHangupEventTypeValues, nil),
	enumOf("telnyx", "CallHangupPayloadState", telnyx.CallHangupPayloadStateValues, nil),
	enumOf("telnyx", "HangupCause", telnyx.HangupCauseValues, telnyx.HangupCauseFor),
	enumOf("telnyx", "HangupSource", telnyx.HangupSourceValues, nil),
	enumOf("telnyx", "CallInitiatedRecordType", telnyx.CallInitiatedRecordTypeValues, nil),
	enumOf("telnyx", "CallInitiatedEventType", telnyx.CallInitiatedEventTypeValues, nil),
	enumOf("telnyx", "Direction", telnyx.DirectionValues, nil),
	enumOf("telnyx", "CallInitiatedPayloadState", telnyx.CallInitiatedPayloadStateValues, nil),
	enumOf("telnyx", "CallMachineDetectionEndedRecordType", telnyx.CallMachineDetectionEndedRecordTypeValues, nil),
	enumOf("telnyx", "CallMachineDetectionEndedEventType", telnyx.CallMachineDetectionEndedEventTypeValues, nil),
	enumOf("telnyx", "MachineDetectionResult", telnyx.MachineDetectionResultValues, nil),
	enumOf("twilio", "StatusCallbackEvent", twilio.StatusCallbackEventValues, nil),
	enumOf("twilio", "CallStatus", twilio.CallStatusValues, twilio.CallStatusFor),
	enumOf("twilio", "UpdateStatus", twilio.UpdateStatusValues, nil),
	enumOf("twilio", "Direction", twilio.DirectionValues, nil),
	enumOf("twilio", "AnsweredBy", twilio.AnsweredByValues, nil),
	enumOf("vonage", "CallStatus", vonage.CallStatusValues, vonage.CallStatusFor),
	enumOf("vonage", "Direction", vonage.DirectionValues, nil),
}

// resolver is a generated resolver, seen through wire strings.
type resolver func(state, detail string, answered bool) callstatus.Status

// resolvers lists every generated resolver by vendor and name.
var resolvers = map[[2]string]resolver{
	{"bandwidth", "ResolveEvent"}: func(s, d string, a bool) callstatus.Status {
		return bandwidth.ResolveEvent(bandwidth.EventType(s), bandwidth.Cause(d), a)
	},
	{"genesys", "ResolveCall"}: func(s, d string, a bool) callstatus.Status {
		return genesys.ResolveCall(genesys.State(s), genesys.DisconnectType(d), a)
	},
	{"ringcentral", "ResolveCallStatus"}: func(s, d string, a bool) callstatus.Status {
		return ringcentral.ResolveCallStatus(ringcentral.CallStatusInfoCode(s), ringcentral.CallStatusInfoReason(d), a)
	},
	{"telnyx", "ResolveHangup"}: func(s, d string, a bool) callstatus.Status {
		return telnyx.ResolveHangup(telnyx.CallHangupPayloadState(s), telnyx.HangupCause(d))
	},
	{"twilio", "ResolveCallStatus"}: func(s, d string, a bool) callstatus.Status {
		return twilio.ResolveCallStatus(twilio.CallStatus(s))
	},
	{"vonage", "ResolveCallStatus"}: func(s, d string, a bool) callstatus.Status {
		return vonage.ResolveCallStatus(vonage.CallStatus(s))
	},
}

// stateOnly lists the resolvers that take no detail enum (the vendor's
// status carries the outcome itself): they ignore the detail they are
// given.
var stateOnly = map[[2]string]bool{
	{"twilio", "ResolveCallStatus"}: true,
	{"vonage", "ResolveCallStatus"}: true,
}
