package mapping

import (
	"fmt"
	"slices"
	"strings"
)

// Settle applies the answer rule to a record marked needs_answer: the
// outcome is completed if the call was answered; otherwise canceled if the
// caller ended it, rejected if the callee or the party itself did, and
// unknown for anyone else (a peer, the system, the network, or nobody said).
// Other records are returned unchanged. The settled record no longer needs
// the answer; its note says how it was settled.
func (t *Tables) Settle(rec Record, answered bool) Record {
	if !rec.NeedsAnswer {
		return rec
	}
	rec.NeedsAnswer = false
	rec.Phase = PhaseEnded
	rec.Outcome = UnansweredOutcome(rec.EndedBy)
	if answered {
		rec.Outcome = OutcomeCompleted
	}
	t.setCodes(&rec)
	rec.Note = joinText(rec.Note, settledNote(answered, rec))
	return rec
}

// AnswerRule is the answer rule as data, which Settle applies and the
// generated Status.Settle is emitted from: the outcome of a never-answered
// call by who ended it. Anyone else gives Unknown; an answered call is
// OutcomeCompleted.
var AnswerRule = []struct {
	EndedBy []string
	Outcome string
}{
	{[]string{EndedByCaller}, OutcomeCanceled},
	{[]string{EndedByCallee, EndedBySelf}, OutcomeRejected},
}

// UnansweredOutcome is the outcome of a never-answered call ended by
// endedBy, by AnswerRule.
func UnansweredOutcome(endedBy string) string {
	for _, r := range AnswerRule {
		if slices.Contains(r.EndedBy, endedBy) {
			return r.Outcome
		}
	}
	return ""
}

func settledNote(answered bool, rec Record) string {
	if answered {
		return "Settled as answered: " + Show(rec.Outcome) + "."
	}
	return fmt.Sprintf("Settled as never answered, ended by %s: %s.", Show(rec.EndedBy), Show(rec.Outcome))
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

// detailApplies tells whether a state lets its detail explain an end: the
// state ended, or it says nothing about the phase and is not a non-status.
func detailApplies(state Record) bool {
	if state.Phase == PhaseEnded {
		return true
	}
	return state.Phase == "" && state.None != NotAStatus
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
	for _, d := range Dims() {
		if d != DimOutcome && detail.Get(d) != "" {
			out.Set(d, detail.Get(d))
		}
	}
	if detail.Outcome != "" || detail.NeedsAnswer {
		out.Outcome, out.NeedsAnswer = detail.Outcome, detail.NeedsAnswer
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

func (t *Tables) setCodes(rec *Record) {
	codes := t.Canonical.Codes(rec.Outcome)
	rec.Q850, rec.SIP = codes.Q850, codes.SIP
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
