package mapping

import (
	"fmt"
	"slices"
	"strings"
)

// Settle applies the answer rule to a record marked needs_answer: the
// outcome is completed if the call was answered; otherwise AnswerRule
// decides it from who ended the call and the direction. A record whose
// Answered is unknown takes it from answered. Other records are returned
// unchanged. The settled record no longer needs the answer; its note says
// how it was settled.
func (t *Tables) Settle(rec Record, answered bool) Record {
	if rec.Answered == "" && (rec.NeedsAnswer || rec.Phase == PhaseEnded) {
		rec.Answered = answeredWire(answered)
	}
	if !rec.NeedsAnswer {
		return rec
	}
	rec.NeedsAnswer = false
	rec.Phase = PhaseEnded
	rec.Outcome = UnansweredOutcome(rec.EndedBy, rec.Direction)
	if answered {
		rec.Outcome = OutcomeCompleted
	}
	t.setCodes(&rec)
	rec.Note = joinText(rec.Note, settledNote(answered, rec))
	return rec
}

func answeredWire(answered bool) string {
	if answered {
		return AnsweredYes
	}
	return AnsweredNo
}

// AnswerCase is one row of the answer rule: a never-answered call ended by
// one of EndedBy, in one of Direction (any direction when empty; "" is
// Unknown), has Outcome.
type AnswerCase struct {
	EndedBy   []string
	Direction []string
	Outcome   string
}

// AnswerRule is the answer rule as data, which Settle applies and the
// generated Status.Settle is emitted from: the outcome of a never-answered
// call by who ended it and which way it went, first matching row first.
// Anyone else gives Unknown; an answered call is OutcomeCompleted.
//
// The originating side giving up is Canceled and the called side declining
// Rejected. The relative and contact-centre roles turn into these by the
// direction: a party (self) or agent placing an outbound call that hangs up
// before the answer canceled it, and on an inbound call declined it; a
// customer or peer that hangs up on an inbound call while it waits or an
// agent is alerted abandoned it, and on an outbound call declined it.
var AnswerRule = []AnswerCase{
	{EndedBy: []string{EndedByCaller}, Outcome: OutcomeCanceled},
	{EndedBy: []string{EndedByCallee}, Outcome: OutcomeRejected},
	{EndedBy: []string{EndedBySelf, EndedByAgent}, Direction: []string{DirectionOutbound}, Outcome: OutcomeCanceled},
	{EndedBy: []string{EndedBySelf}, Outcome: OutcomeRejected},
	{EndedBy: []string{EndedByAgent}, Direction: []string{DirectionInbound}, Outcome: OutcomeRejected},
	{EndedBy: []string{EndedByCustomer, EndedByPeer}, Direction: []string{DirectionInbound}, Outcome: OutcomeAbandoned},
	{EndedBy: []string{EndedByCustomer, EndedByPeer}, Direction: []string{DirectionOutbound}, Outcome: OutcomeRejected},
}

// UnansweredOutcome is the outcome of a never-answered call ended by
// endedBy in direction, by AnswerRule.
func UnansweredOutcome(endedBy, direction string) string {
	for _, r := range AnswerRule {
		if slices.Contains(r.EndedBy, endedBy) && (len(r.Direction) == 0 || slices.Contains(r.Direction, direction)) {
			return r.Outcome
		}
	}
	return ""
}

func settledNote(answered bool, rec Record) string {
	if answered {
		return "Settled as answered: " + Show(rec.Outcome) + "."
	}
	return fmt.Sprintf("Settled as never answered, ended by %s, direction %s: %s.", Show(rec.EndedBy), Show(rec.Direction), Show(rec.Outcome))
}

// Combine merges the records of a resolver's state and detail values by the
// combination rule (see the package doc): the detail applies when the state
// ended or says nothing about the phase, and then every dimension it sets
// wins. An empty detail (no Raw) leaves the state as it is.
func (t *Tables) Combine(state, detail Record) Record {
	out := state
	if out.Vendor == "" {
		out.Vendor = detail.Vendor
	}
	out.Raw = append(append([]string(nil), state.Raw...), detail.Raw...)
	switch {
	case len(detail.Raw) == 0:
		return out
	case len(state.Raw) == 0:
		detail.Vendor, detail.Raw = out.Vendor, out.Raw
		return detail
	case !detailApplies(state):
		out.Note = joinText(labelled(state, state.Note), fmt.Sprintf("%s ignored: %s.", label(detail), whyIgnored(state)))
		return out
	case detail.None != "":
		out.Note = joinText(labelled(state, state.Note), labelled(detail, detail.Note))
		return out
	}
	overlay(&out, detail)
	out.None = ""
	out.Confidence = lower(state.Confidence, detail.Confidence)
	out.Lossy = joinText(labelled(state, state.Lossy), labelled(detail, detail.Lossy))
	out.Note = joinText(labelled(state, state.Note), labelled(detail, detail.Note))
	t.setCodes(&out)
	return out
}

// Resolve is Combine followed by Settle.
func (t *Tables) Resolve(state, detail Record, answered bool) Record {
	return t.Settle(t.Combine(state, detail), answered)
}

// CombineRule is the combination rule as data, which Combine applies and the
// generated Status.Combine is emitted from (see the package doc).
var CombineRule = struct {
	// StatePhases are the phases of a state that let its detail explain an
	// end; "" (Unknown) counts only for a state that is a call status.
	StatePhases []string
	// NotAStatus is the None of a state that never takes a detail.
	NotAStatus string
	// Overlaid are the dimensions a detail that sets them overrides, one by
	// one.
	Overlaid []Dim
	// Grouped is the dimension replaced together with needs_answer, when
	// the detail sets it or needs the answer.
	Grouped Dim
}{
	StatePhases: []string{PhaseEnded, ""},
	NotAStatus:  NotAStatus,
	Overlaid:    []Dim{DimPhase, DimAnswered, DimLeg, DimDirection, DimEndedBy, DimAnsweredBy},
	Grouped:     DimOutcome,
}

// detailApplies tells whether a state lets its detail explain an end, by
// CombineRule: the state ended, or it says nothing about the phase and is
// a call status.
func detailApplies(state Record) bool {
	if !slices.Contains(CombineRule.StatePhases, state.Phase) {
		return false
	}
	return state.Phase != "" || state.None != CombineRule.NotAStatus
}

func whyIgnored(state Record) string {
	if state.None == NotAStatus {
		return label(state) + " is not a call status"
	}
	return fmt.Sprintf("%s is %s, not ended", label(state), state.Phase)
}

// overlay copies every dimension the detail sets, and its outcome and
// needs_answer when it speaks about the outcome.
func overlay(out *Record, detail Record) {
	for _, d := range CombineRule.Overlaid {
		if detail.Get(d) != "" {
			out.Set(d, detail.Get(d))
		}
	}
	if g := CombineRule.Grouped; detail.Get(g) != "" || detail.NeedsAnswer {
		out.Set(g, detail.Get(g))
		out.NeedsAnswer = detail.NeedsAnswer
	}
}

// lower returns the lower of two confidences; an empty one does not count.
func lower(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case confidenceRank(b) < confidenceRank(a):
		return b
	}
	return a
}

// setCodes sets the representative codes of the record's outcome, and the
// Answered value it implies when the record has none.
func (t *Tables) setCodes(rec *Record) {
	codes := t.Canonical.Codes(rec.Outcome)
	rec.Q850, rec.SIP = codes.Q850, codes.SIP
	if rec.Answered == "" {
		rec.Answered = codes.Answered
	}
}

// label names a record by its raw values.
func label(rec Record) string { return strings.Join(rec.Raw, " ") }

// labelled prefixes a text with the record's label; empty text stays empty.
func labelled(rec Record, text string) string {
	if text == "" {
		return ""
	}
	return label(rec) + ": " + text
}

// joinText joins the non-empty texts with "; " or " " after a sentence.
func joinText(texts ...string) string {
	var out string
	for _, s := range texts {
		switch {
		case s == "":
		case out == "":
			out = s
		case strings.HasSuffix(out, "."):
			out += " " + s
		default:
			out += "; " + s
		}
	}
	return out
}
