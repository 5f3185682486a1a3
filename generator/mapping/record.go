package mapping

import (
	"encoding/json"
)

// Dim names one dimension of the canonical model. Its string is the key of
// the dimension in a spec's canonical block and in a Record's JSON form.
type Dim string

// The seven dimensions, in the order records print them.
const (
	DimPhase      Dim = "phase"
	DimOutcome    Dim = "outcome"
	DimAnswered   Dim = "answered"
	DimLeg        Dim = "leg"
	DimDirection  Dim = "direction"
	DimEndedBy    Dim = "ended_by"
	DimAnsweredBy Dim = "answered_by"
)

// Dims lists the dimensions in print order.
func Dims() []Dim {
	return []Dim{DimPhase, DimOutcome, DimAnswered, DimLeg, DimDirection, DimEndedBy, DimAnsweredBy}
}

// dimEnums is the canonical enum that holds each dimension's values.
var dimEnums = map[Dim]string{
	DimPhase:      "Phase",
	DimOutcome:    "Outcome",
	DimAnswered:   "Answered",
	DimLeg:        "Leg",
	DimDirection:  "Direction",
	DimEndedBy:    "EndedBy",
	DimAnsweredBy: "AnsweredBy",
}

// Enum returns the name of the canonical enum holding the dimension.
func (d Dim) Enum() string { return dimEnums[d] }

// Confidence values, highest first.
const (
	High   = "high"
	Medium = "medium"
	Low    = "low"
)

// None values: why a vendor value has no canonical meaning.
const (
	// NotAStatus is a value that is not a call status by design, such as a
	// DTMF or recording event.
	NotAStatus = "not_a_status"
	// Unmappable is a value whose meaning is unknown (undocumented).
	Unmappable = "unmappable"
)

// Canonical wire values the rules of this package rely on. Build checks that
// the canonical spec defines them.
const (
	PhaseEnded        = "ended"
	OutcomeCompleted  = "completed"
	OutcomeCanceled   = "canceled"
	OutcomeRejected   = "rejected"
	EndedByCaller     = "caller"
	EndedByCallee     = "callee"
	EndedBySelf       = "self"
	EndedByPeer       = "peer"
	EndedByAgent      = "agent"
	EndedByCustomer   = "customer"
	OutcomeAbandoned  = "abandoned"
	DirectionInbound  = "inbound"
	DirectionOutbound = "outbound"
	DirectionInternal = "internal"
	AnsweredYes       = "yes"
	AnsweredNo        = "no"
)

// Unknown is how records print the empty Unknown value of a dimension.
const Unknown = "unknown"

// Record is the canonical meaning of one vendor value, or of several values
// combined by a resolver.
type Record struct {
	// Vendor is the vendor's package name (ringcentral).
	Vendor string
	// Raw holds the vendor wire values the record was made from, in order.
	Raw []string
	// The dimensions, as wire strings of the canonical enums; "" is Unknown.
	Phase      string
	Outcome    string
	Answered   string
	Leg        string
	Direction  string
	EndedBy    string
	AnsweredBy string
	// Confidence is high, medium or low ("" for a none without one).
	Confidence string
	// NeedsAnswer says the outcome is decided by Settle.
	NeedsAnswer bool
	// Lossy names the distinction the mapping drops.
	Lossy string
	// None is NotAStatus or Unmappable for a value with no canonical meaning.
	None string
	// Note justifies the mapping.
	Note string
	// Q850 and SIP are the representative codes of Outcome; 0 when none.
	Q850 int
	SIP  int
}

// Get returns the record's value of dimension d ("" for Unknown).
func (r Record) Get(d Dim) string { return *r.field(d) }

// Set sets the record's value of dimension d.
func (r *Record) Set(d Dim, wire string) { *r.field(d) = wire }

func (r *Record) field(d Dim) *string {
	switch d {
	case DimPhase:
		return &r.Phase
	case DimOutcome:
		return &r.Outcome
	case DimAnswered:
		return &r.Answered
	case DimLeg:
		return &r.Leg
	case DimDirection:
		return &r.Direction
	case DimEndedBy:
		return &r.EndedBy
	case DimAnsweredBy:
		return &r.AnsweredBy
	}
	panic("mapping: unknown dimension " + string(d))
}

// IsEmpty reports whether the record sets no dimension and no needs_answer.
func (r Record) IsEmpty() bool {
	for _, d := range Dims() {
		if r.Get(d) != "" {
			return false
		}
	}
	return !r.NeedsAnswer
}

// recordJSON fixes the JSON keys and their order.
type recordJSON struct {
	Vendor      string   `json:"vendor"`
	Raw         []string `json:"raw"`
	Phase       string   `json:"phase"`
	Outcome     string   `json:"outcome"`
	Answered    string   `json:"answered"`
	Leg         string   `json:"leg"`
	Direction   string   `json:"direction"`
	EndedBy     string   `json:"ended_by"`
	AnsweredBy  string   `json:"answered_by"`
	Confidence  string   `json:"confidence"`
	Q850        int      `json:"q850"`
	SIP         int      `json:"sip"`
	NeedsAnswer bool     `json:"needs_answer,omitempty"`
	Lossy       string   `json:"lossy,omitempty"`
	None        string   `json:"none,omitempty"`
	Note        string   `json:"note,omitempty"`
}

// MarshalJSON writes the record with its dimensions as canonical wire
// strings, "unknown" for the empty Unknown value, so every key has a value a
// reader can print.
func (r Record) MarshalJSON() ([]byte, error) {
	j := recordJSON{
		Vendor: r.Vendor, Raw: r.Raw, Confidence: r.Confidence,
		Q850: r.Q850, SIP: r.SIP, NeedsAnswer: r.NeedsAnswer,
		Lossy: r.Lossy, None: r.None, Note: r.Note,
	}
	if j.Raw == nil {
		j.Raw = []string{}
	}
	for _, d := range Dims() {
		*j.field(d) = Show(r.Get(d))
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the form MarshalJSON writes.
func (r *Record) UnmarshalJSON(data []byte) error {
	var j recordJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	*r = Record{
		Vendor: j.Vendor, Raw: j.Raw, Confidence: j.Confidence,
		Q850: j.Q850, SIP: j.SIP, NeedsAnswer: j.NeedsAnswer,
		Lossy: j.Lossy, None: j.None, Note: j.Note,
	}
	for _, d := range Dims() {
		if v := *j.field(d); v != Unknown {
			r.Set(d, v)
		}
	}
	return nil
}

func (j *recordJSON) field(d Dim) *string {
	switch d {
	case DimPhase:
		return &j.Phase
	case DimOutcome:
		return &j.Outcome
	case DimAnswered:
		return &j.Answered
	case DimLeg:
		return &j.Leg
	case DimDirection:
		return &j.Direction
	case DimEndedBy:
		return &j.EndedBy
	}
	return &j.AnsweredBy
}

// Show returns a dimension value for people: "unknown" for "".
func Show(wire string) string {
	if wire == "" {
		return Unknown
	}
	return wire
}

// confidenceRank orders confidences; unknown ones rank lowest.
func confidenceRank(c string) int {
	switch c {
	case High:
		return 3
	case Medium:
		return 2
	case Low:
		return 1
	}
	return 0
}
