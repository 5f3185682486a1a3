// Package enumerbench holds the Kaleyra.io call statuses the way an enumer
// user writes them: an int type whose constants carry the wire string as a
// line comment (enumer -linecomment), and a canonical mapping as a map.
// bench/run.sh runs enumer on this file.
package enumerbench

// CallStatus is the final status of a Kaleyra.io voice call.
type CallStatus int

const (
	Noanswer             CallStatus = iota // NOANSWER
	Answer                                 // ANSWER
	FlowAnswer                             // FLOW_ANSWER
	Failed                                 // FAILED
	Busy                                   // BUSY
	Rejected                               // REJECTED
	Noroute                                // NOROUTE
	BusyChannel1                           // BUSY_CHANNEL1
	BusyChannel2                           // BUSY_CHANNEL2
	FailedChannel1                         // FAILED_CHANNEL1
	FailedChannel2                         // FAILED_CHANNEL2
	NoanswerChannel1                       // NOANSWER_CHANNEL1
	NoanswerChannel2                       // NOANSWER_CHANNEL2
	Maxuse                                 // MAXUSE
	FlowUnassigned                         // FLOW_UNASSIGNED
	FlowPaused                             // FLOW_PAUSED
	FlowNotPublished                       // FLOW_NOT_PUBLISHED
	FlowUnreachable                        // FLOW_UNREACHABLE
	QueueTimeout                           // QUEUE_TIMEOUT
	ObdTimeout                             // OBD_TIMEOUT
	Cancel                                 // CANCEL
	BridgeUnavailable                      // BRIDGE_UNAVAILABLE
	MissCall                               // MISS_CALL
	NoIncomingCLI                          // NO_INCOMING_CLI
	IncomingDisconnected                   // INCOMING_DISCONNECTED
	RingTimeout                            // RING_TIMEOUT
	FlowExecuted                           // FLOW_EXECUTED
	OutgoingRestricted                     // OUTGOING_RESTRICTED
)

// Direction is a canonical dimension; zero is unknown.
type Direction uint8

const (
	DirectionUnknown Direction = iota
	DirectionInbound
	DirectionOutbound
)

// Phase is a canonical dimension; zero is unknown.
type Phase uint8

const (
	PhaseUnknown Phase = iota
	PhaseEnded
)

// Outcome is a canonical dimension; zero is unknown.
type Outcome uint8

const (
	OutcomeUnknown Outcome = iota
	OutcomeNoAnswer
	OutcomeCompleted
	OutcomeFailed
	OutcomeBusy
	OutcomeRejected
	OutcomeInvalidDestination
	OutcomeLimitExceeded
	OutcomeError
	OutcomeCanceled
	OutcomeRestricted
)

// Leg is a canonical dimension; zero is unknown.
type Leg uint8

const (
	LegUnknown Leg = iota
	LegA
	LegB
)

// EndedBy is a canonical dimension; zero is unknown.
type EndedBy uint8

const (
	EndedByUnknown EndedBy = iota
	EndedByNetwork
	EndedByCallee
	EndedBySystem
	EndedByCaller
)

// AnsweredBy is a canonical dimension; zero is unknown.
type AnsweredBy uint8

const (
	AnsweredByUnknown AnsweredBy = iota
	AnsweredByHuman
	AnsweredByIVR
)

// Mapping is a value's record in the canonical call-status model, with the
// fields of docenum's callstatus.Status, so both sides of the benchmark
// return the same information.
type Mapping struct {
	Vendor, Raw, Detail string

	Direction  Direction
	Phase      Phase
	Outcome    Outcome
	Leg        Leg
	EndedBy    EndedBy
	AnsweredBy AnsweredBy

	Confidence, Lossy, Note string
	NeedsAnswer             bool
	None                    string
	DetailLossy, DetailNote string
}

var canonical = map[CallStatus]Mapping{
	Noanswer:             {Vendor: "kaleyraio", Raw: Noanswer.String(), Confidence: "high", Phase: PhaseEnded, Outcome: OutcomeNoAnswer},
	Answer:               {Vendor: "kaleyraio", Raw: Answer.String(), Confidence: "high", Phase: PhaseEnded, Outcome: OutcomeCompleted, AnsweredBy: AnsweredByHuman},
	FlowAnswer:           {Vendor: "kaleyraio", Raw: FlowAnswer.String(), Confidence: "high", Direction: DirectionInbound, Phase: PhaseEnded, Outcome: OutcomeCompleted, AnsweredBy: AnsweredByIVR},
	Failed:               {Vendor: "kaleyraio", Raw: Failed.String(), Confidence: "high", Phase: PhaseEnded, Outcome: OutcomeFailed, EndedBy: EndedByNetwork},
	Busy:                 {Vendor: "kaleyraio", Raw: Busy.String(), Confidence: "high", Phase: PhaseEnded, Outcome: OutcomeBusy, EndedBy: EndedByCallee},
	Rejected:             {Vendor: "kaleyraio", Raw: Rejected.String(), Confidence: "high", Phase: PhaseEnded, Outcome: OutcomeRejected, EndedBy: EndedByCallee},
	Noroute:              {Vendor: "kaleyraio", Raw: Noroute.String(), Confidence: "high", Direction: DirectionOutbound, Phase: PhaseEnded, Outcome: OutcomeInvalidDestination, EndedBy: EndedByNetwork},
	BusyChannel1:         {Vendor: "kaleyraio", Raw: BusyChannel1.String(), Confidence: "high", Direction: DirectionOutbound, Phase: PhaseEnded, Outcome: OutcomeBusy, Leg: LegA, EndedBy: EndedByCallee},
	BusyChannel2:         {Vendor: "kaleyraio", Raw: BusyChannel2.String(), Confidence: "high", Direction: DirectionOutbound, Phase: PhaseEnded, Outcome: OutcomeBusy, Leg: LegB, EndedBy: EndedByCallee},
	FailedChannel1:       {Vendor: "kaleyraio", Raw: FailedChannel1.String(), Confidence: "high", Direction: DirectionOutbound, Phase: PhaseEnded, Outcome: OutcomeFailed, Leg: LegA, EndedBy: EndedByNetwork},
	FailedChannel2:       {Vendor: "kaleyraio", Raw: FailedChannel2.String(), Confidence: "high", Direction: DirectionOutbound, Phase: PhaseEnded, Outcome: OutcomeFailed, Leg: LegB, EndedBy: EndedByNetwork},
	NoanswerChannel1:     {Vendor: "kaleyraio", Raw: NoanswerChannel1.String(), Confidence: "high", Direction: DirectionOutbound, Phase: PhaseEnded, Outcome: OutcomeNoAnswer, Leg: LegA},
	NoanswerChannel2:     {Vendor: "kaleyraio", Raw: NoanswerChannel2.String(), Confidence: "high", Direction: DirectionOutbound, Phase: PhaseEnded, Outcome: OutcomeNoAnswer, Leg: LegB},
	Maxuse:               {Vendor: "kaleyraio", Raw: Maxuse.String(), Confidence: "high", Direction: DirectionOutbound, Phase: PhaseEnded, Outcome: OutcomeLimitExceeded, EndedBy: EndedBySystem},
	FlowUnassigned:       {Vendor: "kaleyraio", Raw: FlowUnassigned.String(), Confidence: "high", Direction: DirectionOutbound, Phase: PhaseEnded, Outcome: OutcomeError, EndedBy: EndedBySystem},
	FlowPaused:           {Vendor: "kaleyraio", Raw: FlowPaused.String(), Confidence: "high", Direction: DirectionOutbound, Phase: PhaseEnded, Outcome: OutcomeError, EndedBy: EndedBySystem},
	FlowNotPublished:     {Vendor: "kaleyraio", Raw: FlowNotPublished.String(), Confidence: "high", Direction: DirectionOutbound, Phase: PhaseEnded, Outcome: OutcomeError, EndedBy: EndedBySystem},
	FlowUnreachable:      {Vendor: "kaleyraio", Raw: FlowUnreachable.String(), Confidence: "high", Direction: DirectionOutbound, Phase: PhaseEnded, Outcome: OutcomeError, EndedBy: EndedBySystem},
	QueueTimeout:         {Vendor: "kaleyraio", Raw: QueueTimeout.String(), Confidence: "high", Direction: DirectionOutbound, Phase: PhaseEnded, Outcome: OutcomeLimitExceeded, EndedBy: EndedBySystem},
	ObdTimeout:           {Vendor: "kaleyraio", Raw: ObdTimeout.String(), Confidence: "high", Direction: DirectionOutbound, Phase: PhaseEnded, Outcome: OutcomeNoAnswer, EndedBy: EndedBySystem},
	Cancel:               {Vendor: "kaleyraio", Raw: Cancel.String(), Confidence: "high", Phase: PhaseEnded, Outcome: OutcomeCanceled, EndedBy: EndedByCaller},
	BridgeUnavailable:    {Vendor: "kaleyraio", Raw: BridgeUnavailable.String(), Confidence: "high", Direction: DirectionOutbound, Phase: PhaseEnded, Outcome: OutcomeError, EndedBy: EndedBySystem},
	MissCall:             {Vendor: "kaleyraio", Raw: MissCall.String(), Confidence: "high", Direction: DirectionInbound, Phase: PhaseEnded, Outcome: OutcomeNoAnswer, EndedBy: EndedBySystem},
	NoIncomingCLI:        {Vendor: "kaleyraio", Raw: NoIncomingCLI.String(), Confidence: "high", Direction: DirectionInbound, Phase: PhaseEnded, Outcome: OutcomeRestricted, EndedBy: EndedBySystem},
	IncomingDisconnected: {Vendor: "kaleyraio", Raw: IncomingDisconnected.String(), Confidence: "high", Direction: DirectionInbound, Phase: PhaseEnded, EndedBy: EndedByCaller},
	RingTimeout:          {Vendor: "kaleyraio", Raw: RingTimeout.String(), Confidence: "high", Direction: DirectionInbound, Phase: PhaseEnded, Outcome: OutcomeNoAnswer, EndedBy: EndedBySystem},
	FlowExecuted:         {Vendor: "kaleyraio", Raw: FlowExecuted.String(), Confidence: "high", Phase: PhaseEnded, Outcome: OutcomeCompleted, AnsweredBy: AnsweredByIVR},
	OutgoingRestricted:   {Vendor: "kaleyraio", Raw: OutgoingRestricted.String(), Confidence: "high", Direction: DirectionOutbound, Phase: PhaseEnded, Outcome: OutcomeRestricted, EndedBy: EndedBySystem},
}

// Canonical returns c's record in the canonical model.
func (c CallStatus) Canonical() Mapping {
	if m, ok := canonical[c]; ok {
		return m
	}
	return Mapping{Vendor: "kaleyraio", Raw: c.String()}
}
