package spec

import "github.com/docenum/docenum/generator/diag"

// Codes are the code tables of the canonical spec: what each ITU-T Q.850
// cause (1-127) and each SIP final response (200-699) means in the canonical
// model. The generated callstatus.FromQ850 and callstatus.FromSIP are
// rendered from them.
type Codes struct {
	// Q850 lists causes, and cause ranges for the values a table does not
	// list one by one (the "unspecified" cause of the class, as Q.850 says a
	// receiver treats an unknown cause).
	Q850 []*Code `yaml:"q850"`
	// SIP lists response codes, and code ranges for the classes (RFC 3261
	// section 8.1.3.2: an unknown response is treated as the x00 of its
	// class).
	SIP []*Code `yaml:"sip"`

	At diag.Pos `yaml:"-"`
}

// Code maps one code, or the range Code..To, onto the canonical model. A
// code listed alone wins over a range that holds it.
type Code struct {
	Code int `yaml:"code"`
	// To ends a range that starts at Code; 0 for a single code.
	To int `yaml:"to,omitempty"`
	// Name is the code's name in its standard (Q.850's cause name, the SIP
	// reason phrase).
	Name string `yaml:"name"`
	// Outcome is a wire value of the canonical Outcome; "" with NeedsAnswer
	// for a code that only says the call ended normally (Q.850 16, 31).
	Outcome     string `yaml:"outcome,omitempty"`
	NeedsAnswer bool   `yaml:"needs_answer,omitempty"`
	// Confidence is high where the standard defines the meaning, lower where
	// the outcome is a reading (a range, an ambiguous code).
	Confidence string `yaml:"confidence"`
	// Note says what the code means and where that is written (RFC 3398
	// mapping, de-facto use).
	Note string `yaml:"note,omitempty"`

	At diag.Pos `yaml:"-"`
}
