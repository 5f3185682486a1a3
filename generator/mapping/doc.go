// Package mapping turns the canonical mapping blocks of the specs into
// checked tables: what every vendor value means in the canonical call-status
// model (package callstatus, spec specs/callstatus.yaml), which vendor values
// express a canonical value, and how two values of a vendor combine.
//
// It is pure: Build reads loaded specs and returns Tables or every problem
// found, each as file:line:col. Code generators, the explain command and the
// reports read the Tables; nothing here writes files.
//
// # The record
//
// A vendor value maps to a Record: seven dimensions (Phase, Outcome,
// Answered, Leg, Direction, EndedBy, AnsweredBy), each a wire string of the canonical enum
// of that name with "" for Unknown, plus a confidence (high, medium, low), a
// note justifying the mapping, and optionally lossy (the distinction the
// mapping drops), needs_answer, or none (the value has no canonical meaning
// on purpose: not_a_status for events such as a DTMF digit, unmappable for
// undocumented values). Q850 and SIP are the representative codes of the
// record's Outcome, taken from the canonical spec (0 when none).
//
// # Rules checked by Build
//
//   - Every vendor value has a canonical block: a mapping or a none.
//   - Dimension values are wire strings of the canonical enums; confidence
//     is high, medium or low and required unless the value is a none.
//   - A none sets no dimension and no needs_answer.
//   - An outcome needs phase: ended, written out. An outcome only exists once
//     the call ended, and saying so in the spec keeps the YAML the whole
//     truth: the generated tables hold exactly what the spec says.
//   - needs_answer needs phase: ended and no outcome (the answer rule decides
//     the outcome).
//   - A mapped value sets at least one dimension or needs_answer: a value
//     that means nothing says so with none.
//
// # The answer rule
//
// Some values only say that the call ended (RingCentral Disconnected without
// a reason, Bandwidth hangup, Genesys peer). They carry needs_answer, and
// Tables.Settle decides their outcome from whether the call was ever
// answered: completed if it was; otherwise AnswerRule decides from who
// ended it and the direction (canceled by the caller, rejected by the
// callee; a party or agent on an outbound call canceled, on an inbound one
// rejected; a customer or peer on an inbound call abandoned, on an outbound
// one rejected; unknown for anyone else). Settle also fills in Answered
// when the record does not say. An outcome implies Answered through the
// Outcome column answered (completed: yes; busy: no; failed: open).
//
// # The code tables
//
// The canonical spec's codes: block maps every Q.850 cause 1-127 and every
// SIP final response 200-699 onto an outcome (Canonical.Q850, Canonical.SIP);
// the generated callstatus.FromQ850 and FromSIP are rendered from it.
//
// # The combination rule
//
// Vendors that split the status across two fields (RingCentral code and
// reason, Bandwidth eventType and cause, Genesys state and disconnectType)
// declare a resolver: a state enum and a detail enum. Tables.Combine merges
// their records by CombineRule, the rule as data that the generated
// Status.Combine is rendered from:
//
//   - The detail explains an end. It applies when the state's phase is ended,
//     or when the state says nothing about the phase (no state given, a value
//     this version does not know, or one marked unmappable): a termination
//     reason is itself evidence that the call ended.
//   - It is ignored when the state puts the call in a live phase (a reason
//     sent with Answered is stale) or when the state is not a status at all
//     (not_a_status, such as a Bandwidth dtmf event).
//   - When it applies, every dimension the detail sets wins over the state's;
//     the others keep the state's value. If the detail speaks about the
//     outcome (sets one, or needs_answer), its outcome and needs_answer replace
//     the state's. The confidence is the lower of the two; notes and lossy
//     texts are joined, each labelled with its raw value.
//
// Tables.Resolve is Combine followed by Settle.
package mapping
