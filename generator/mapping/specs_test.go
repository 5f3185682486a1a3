package mapping_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/pipeline"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files (and the shipped specs in the form spec.Marshal writes)")

// loadShipped loads the specs of the repository, with paths as printed from
// its root (specs/x.yaml).
func loadShipped(t *testing.T) []*spec.File {
	t.Helper()
	t.Chdir("../..")
	files, errs := pipeline.Load("specs", "")
	require.Empty(t, errs.Error())
	return files
}

func shippedTables(t *testing.T) *mapping.Tables {
	t.Helper()
	tables, errs := mapping.Build(loadShipped(t))
	require.Empty(t, errs.Error())
	return tables
}

// The shipped specs hold what the vendor documents hold: every enum with its
// number of values, every model with its number of fields.
func TestShippedSpecsShape(t *testing.T) {
	byVendor := map[string]*spec.File{}
	for _, f := range loadShipped(t) {
		byVendor[f.Vendor] = f
	}
	enums := map[string]map[string]int{
		"callstatus":  {"Direction": 4, "Phase": 7, "Outcome": 16, "Answered": 3, "Leg": 3, "EndedBy": 10, "AnsweredBy": 10},
		"ringcentral": {"CallStatusInfoCode": 11, "CallStatusInfoReason": 29},
		"kaleyra":     {"CallStatus": 21},
		"bandwidth":   {"EventType": 21, "Cause": 12, "CallDirection": 2},
		"kaleyraio":   {"CallStatus": 28},
		"genesys":     {"State": 11, "Direction": 2, "RecordingState": 3, "DisconnectType": 18},
		"telnyx":      {"CallAnsweredRecordType": 1, "CallAnsweredEventType": 1, "CallAnsweredPayloadState": 1, "CallBridgedRecordType": 1, "CallBridgedEventType": 1, "CallHangupRecordType": 1, "CallHangupEventType": 1, "CallHangupPayloadState": 1, "HangupCause": 9, "HangupSource": 3, "CallInitiatedRecordType": 1, "CallInitiatedEventType": 1, "Direction": 2, "CallInitiatedPayloadState": 2, "CallMachineDetectionEndedRecordType": 1, "CallMachineDetectionEndedEventType": 1, "MachineDetectionResult": 3},
		"twilio":      {"StatusCallbackEvent": 4, "CallStatus": 9, "UpdateStatus": 2, "Direction": 5, "AnsweredBy": 8},
		"vonage":      {"CallStatus": 11, "Direction": 2},
	}
	models := map[string]map[string]int{
		"ringcentral": {"CallStatusInfo": 4},
		"bandwidth":   {"DisconnectCallback": 17},
		"genesys":     {"Call": 20},
		"telnyx":      {"CallAnswered": 5, "CallAnsweredPayload": 12, "CallAnsweredEvent": 1, "CallBridged": 5, "CallBridgedPayload": 7, "CallBridgedEvent": 1, "CallHangup": 5, "CallHangupPayload": 16, "CallHangupPayloadCallQualityStats": 2, "CallHangupPayloadCallQualityStatsInbound": 5, "CallHangupPayloadCallQualityStatsOutbound": 2, "CallHangupEvent": 1, "CallInitiated": 5, "CallInitiatedPayload": 19, "CallInitiatedEvent": 1, "CallMachineDetectionEnded": 5, "CallMachineDetectionEndedPayload": 8, "CallMachineDetectionEndedEvent": 1},
		"twilio":      {"Call": 26, "StatusCallback": 20},
		"vonage":      {"Call": 13, "GetCallResponseLinks": 1, "GetCallResponseLinksSelf": 1, "From": 2, "To": 2, "CallEvent": 15},
	}
	require.Len(t, byVendor, len(enums))
	for vendor, want := range enums {
		f := byVendor[vendor]
		require.NotNil(t, f, vendor)
		got := map[string]int{}
		for _, e := range f.Enums {
			got[e.Name] = len(e.Values)
		}
		assert.Equal(t, want, got, vendor)
		gotModels := map[string]int{}
		for _, m := range f.Models {
			gotModels[m.Name] = len(m.Fields)
		}
		if len(gotModels) > 0 || models[vendor] != nil {
			assert.Equal(t, models[vendor], gotModels, vendor)
		}
	}
}

// The shipped specs are byte for byte what spec.Marshal writes, so the
// extractor's merge rewrites them without a diff. -update rewrites them.
func TestShippedSpecsInWriteForm(t *testing.T) {
	for _, f := range loadShipped(t) {
		got, err := spec.Marshal(f)
		require.NoError(t, err)
		if *update {
			require.NoError(t, os.WriteFile(f.Path, got, 0o644))
			continue
		}
		want, err := os.ReadFile(f.Path)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "%s is not in the form spec.Marshal writes; run go test ./generator/mapping -update", filepath.Base(f.Path))
	}
}
