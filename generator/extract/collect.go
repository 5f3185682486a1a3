package extract

import (
	"sort"
	"strconv"
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
)

// collector gathers what the parsers found, in document order. Two blocks
// that name the same enum (a list split in groups, a table continued under
// a sub-heading) are merged into one; a value listed twice is reported once
// and kept once.
type collector struct {
	file   string
	enums  []*spec.Enum
	models []*spec.Model
	byName map[string]*spec.Enum
	model  map[string]*spec.Model
	// blocks lists, per section, the enums that were a block of their own
	// (not listed inside a field's description): a stated count applies to
	// such enums only.
	blocks map[int][]*spec.Enum                  // block enums of each section, in order
	wires  map[*spec.Enum]map[string]*spec.Value // values of each enum by wire
	fields map[*spec.Model]map[string]*spec.Field
	counts []count
	diags  diag.List
	// owner is, for an enum a term defines, the object it belongs to (see
	// addTermEnum).
	owner     map[*spec.Enum]string
	qualified map[*spec.Enum]bool
	// fieldEnums is the enum each table field's values went to, whatever
	// name it ends with (see addFieldEnum).
	fieldEnums map[*spec.Field]*spec.Enum
	// numeric marks the enums of fields typed string whose values are
	// numbers: there the numbers are the strings sent (CALL_FAILED_CODE
	// "304"), not codes beside them.
	numeric map[*spec.Enum]bool
	// constants maps a constant's name to the wire its declaration gives
	// (AudioLatency: = "audio-latency"; see declare).
	constants map[string]string
}

// count is a number of values the document states, and where.
type count struct {
	n, line, section int
}

func newCollector(file string) *collector {
	return &collector{
		file:      file,
		byName:    map[string]*spec.Enum{},
		model:     map[string]*spec.Model{},
		blocks:    map[int][]*spec.Enum{},
		wires:     map[*spec.Enum]map[string]*spec.Value{},
		fields:    map[*spec.Model]map[string]*spec.Field{},
		owner:     map[*spec.Enum]string{},
		qualified: map[*spec.Enum]bool{},
		constants: map[string]string{},

		fieldEnums: map[*spec.Field]*spec.Enum{},
		numeric:    map[*spec.Enum]bool{},
	}
}

// declare notes that the constant name is declared with wire. A reference
// page generated from TypeScript lists an enum's member names in an index
// before declaring each one; the names are the members' SDK names, not
// values (see dropConstantNames).
func (c *collector) declare(name, wire string) { c.constants[name] = wire }

// dropConstantNames removes, from each enum, the values that are the
// declared name of another of its values: the member index of a generated
// reference page (AudioLatency above AudioLatency: = "audio-latency").
func (c *collector) dropConstantNames() {
	if len(c.constants) == 0 {
		return
	}
	for _, e := range c.enums {
		seen := c.wires[e]
		kept := e.Values[:0]
		for _, v := range e.Values {
			if wire, ok := c.constants[v.Wire]; ok && seen[wire] != nil {
				continue
			}
			kept = append(kept, v)
		}
		e.Values = kept
	}
}

// addTermEnum adds the enum a term defines (**Type** under ## Endpoint,
// the object that owns it). Terms of one name under different objects
// are different fields when the values differ (Endpoint.Type lists
// TELEPHONE_NUMBER, RecordingInfo.Type AUDIO): both enums are then named
// after their object too (EndpointType, RecordingInfoType). Values that
// the first enum holds already are the same field restated.
func (c *collector) addTermEnum(e *spec.Enum, section int, owner string) {
	c.addOwnedEnum(e, section, owner, func(old *spec.Enum) bool { return !c.holds(old, e.Values) }, true)
}

// addOwnedEnum adds e, the enum of a term or field of the object owner:
// when an enum of its name belongs to another object and differs from it
// (differs says so), both are named after their objects too. block is
// addEnum's.
func (c *collector) addOwnedEnum(e *spec.Enum, section int, owner string, differs func(old *spec.Enum) bool, block bool) {
	old, ok := c.byName[e.Name]
	if ok && owner != "" && c.owner[old] != "" && c.owner[old] != owner && differs(old) {
		c.qualify(old)
		if name := ownedName(owner, e.Name); name != "" {
			e.Name = name
		}
	}
	c.addEnum(e, section, block, block)
	if c.byName[e.Name] == e {
		c.owner[e] = owner
	}
}

// addFieldEnum adds the enum of a field of the model owner's table. A
// field of one name in another model's table whose list shares little
// with this one (see otherField: request.type lists start, redirect,
// dtmf; response.type text_to_speech, url, dtmf) is another field: both
// enums are then named after their models too. Lists that overlap more,
// and short ones (one table per event, each giving the status it sends),
// add up to one enum.
func (c *collector) addFieldEnum(e *spec.Enum, section int, owner string, f *spec.Field) {
	c.addOwnedEnum(e, section, owner, func(old *spec.Enum) bool { return c.otherField(old, e.Values) }, false)
	if target := c.byName[e.Name]; target != nil {
		c.fieldEnums[f] = target
	}
}

// otherField reports whether values, a field's list of three at least,
// is another field's than e's list of three at least: they share fewer
// than a third of the shorter list.
func (c *collector) otherField(e *spec.Enum, values []*spec.Value) bool {
	if len(values) < 3 || len(e.Values) < 3 {
		return false
	}
	shared := 0
	for _, v := range values {
		if c.wires[e][v.Wire] != nil {
			shared++
		}
	}
	return shared*3 < min(len(values), len(e.Values))
}

// disjoint reports whether values, a field's list of two at least, and
// e's list of two at least share no value: two objects' fields of one
// name (a call participant's type: device, extension; a message's: sms,
// mms), where one event's status each would be a single value.
func (c *collector) disjoint(e *spec.Enum, values []*spec.Value) bool {
	if len(values) < 2 || len(e.Values) < 2 {
		return false
	}
	for _, v := range values {
		if c.wires[e][v.Wire] != nil {
			return false
		}
	}
	return true
}

// holds reports whether e has every value of values.
func (c *collector) holds(e *spec.Enum, values []*spec.Value) bool {
	for _, v := range values {
		if c.wires[e][v.Wire] == nil {
			return false
		}
	}
	return true
}

// ownedName names the enum name of the object owner's field, the
// owner's possessive dropped: Call's participant object, type ->
// CallParticipantObjectType.
func ownedName(owner, name string) string {
	return naming.Ident(possessive.Replace(owner+" ") + name)
}

var possessive = strings.NewReplacer("'s ", " ", "’s ", " ")

// qualify names a term's enum after its owner too, once; its old name
// still finds it, so that a third object's term is compared with it.
func (c *collector) qualify(e *spec.Enum) {
	name := ownedName(c.owner[e], e.Name)
	if c.qualified[e] || name == "" || c.byName[name] != nil {
		return
	}
	e.Name = name
	c.byName[name] = e
	c.qualified[e] = true
}

func (c *collector) pos(line int) diag.Pos { return diag.Pos{File: c.file, Line: line} }

// wireSet is the set of the wires every enum found so far holds.
func (c *collector) wireSet() map[string]bool {
	taken := map[string]bool{}
	for _, e := range c.enums {
		for _, v := range e.Values {
			taken[v.Wire] = true
		}
	}
	return taken
}

// warnedLines is the set of the lines warned about so far.
func (c *collector) warnedLines() map[int]bool {
	warned := map[int]bool{}
	for _, d := range c.diags {
		warned[d.Pos.Line] = true
	}
	return warned
}

// addEnum adds e, or merges its values into the enum of the same name.
// restated marks values listed again in prose: those already known are
// dropped without a warning.
func (c *collector) addEnum(e *spec.Enum, section int, block, restated bool) {
	if e == nil || len(e.Values) == 0 {
		return
	}
	if !startsWithLetter(e.Name) {
		// "403" over a list: a code names no enum, and a spec cannot hold it.
		wires := make([]string, len(e.Values))
		for i, v := range e.Values {
			wires[i] = v.Wire
		}
		c.diags.Warnf(c.pos(e.Line), "values %s come under %q, which names no enum; skipped", strings.Join(wires, ", "), e.Name)
		return
	}
	if owner := ownerOfMembers(e.Values); owner != "" {
		e.Name = owner // OmiCallEvent.onMuted, OmiCallEvent.onSpeaker: OmiCallEvent's onMuted, onSpeaker
	}
	if m, ok := c.model[e.Name]; ok {
		c.diags.Warnf(c.pos(e.Line), "enum %s has the name of the model at line %d", e.Name, m.Line)
	}
	if block {
		e.Values = c.dropOddWords(e.Name, e.Values)
	}
	old, ok := c.byName[e.Name]
	if ok && c.numeric[e] {
		c.numeric[old] = true
	}
	if !ok {
		values := e.Values
		e.Values = values[:0]                                  // filtered in place: a value is written at or before where it is read
		c.wires[e] = make(map[string]*spec.Value, len(values)) // sized: a big table's map grows once
		c.mergeValues(e, values, false)
		c.byName[e.Name] = e
		c.enums = append(c.enums, e)
		if block {
			c.blocks[section] = append(c.blocks[section], e)
		}
		return
	}
	// A field's values met again in another table (one table per event)
	// add up quietly; only a block listing a value twice is a mistake.
	c.mergeValues(old, e.Values, restated || !block)
	if old.Description == "" {
		old.Description = e.Description
	}
}

// dropOddWords drops, from values nearly all written as upper-case
// constants (NORMAL, BUSY, NOT_RESPONDING), the few that are capitalised
// or lower-case words or module paths: the labels of a reference's rows
// (Description, Attributes, Examples) copied into the column, a catch-all
// row (else), or the module line under a type's title
// (domain/PhoneCallState.PhoneCallState). Each is reported.
func (c *collector) dropOddWords(enum string, values []*spec.Value) []*spec.Value {
	constants, words := 0, 0
	for _, v := range values {
		switch {
		case upperSnake(v.Wire) && len(v.Wire) > 1:
			constants++
		case oddWord(v.Wire):
			words++
		}
	}
	if words == 0 || constants < 4 || (constants+words)*10 < len(values)*9 || words*4 > len(values) {
		return values
	}
	kept := values[:0:0]
	for _, v := range values {
		if oddWord(v.Wire) && !upperSnake(v.Wire) {
			what := "as a word among the constants of %s, a row's label rather than a value; skipped"
			if strings.Contains(v.Wire, "/") {
				what = "as a module path among the constants of %s, the type's module rather than a value; skipped"
			}
			c.diags.Warnf(c.pos(v.Line), "%q is written "+what, v.Wire, enum)
			continue
		}
		kept = append(kept, v)
	}
	return kept
}

// oddWord reports a value among constants that is a capitalised or
// lower-case word or a module path (see dropOddWords).
func oddWord(wire string) bool {
	return (startsUpperOnly(wire) || lowerWord(wire)) && !strings.ContainsAny(wire, " _-") || strings.Contains(wire, "/") && strings.Contains(wire, ".")
}

// lowerWord reports a word in lower-case ASCII letters only: a catch-all
// row's "else" among constants.
func lowerWord(s string) bool {
	return s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyz") == ""
}

func (c *collector) mergeValues(e *spec.Enum, values []*spec.Value, restated bool) {
	seen := c.wires[e]
	for _, v := range values {
		if isNumber(v.Wire) && !c.numeric[e] {
			c.diags.Warnf(c.pos(v.Line), "value %q of %s is a number, a code rather than a string value; skipped", v.Wire, e.Name)
			continue
		}
		if sdkSentinels[v.Wire] {
			c.diags.Warnf(c.pos(v.Line), "value %q of %s is a stand-in SDK generators add for values the API does not list; skipped", v.Wire, e.Name)
			continue
		}
		if prev, ok := seen[v.Wire]; ok {
			if !restated {
				c.diags.Warnf(c.pos(v.Line), "value %q of %s is listed again (first at line %d); kept once", v.Wire, e.Name, prev.Line)
			}
			continue
		}
		seen[v.Wire] = v
		e.Values = append(e.Values, v)
	}
}

// sdkSentinels are the values code generators add to every enum of an
// SDK, to stand for a value the SDK does not know; the API never sends
// them.
var sdkSentinels = map[string]bool{
	"unknown_default_open_api": true, // openapi-generator
	"UNKNOWN_DEFAULT_OPEN_API": true,
	"OutdatedSdkVersion":       true, // swagger-codegen templates of the Genesys Cloud SDKs
	"OUTDATEDSDKVERSION":       true,
}

// addModel adds m, or merges its fields into the model of the same name.
func (c *collector) addModel(m *spec.Model) {
	if m == nil {
		return
	}
	if e, ok := c.byName[m.Name]; ok {
		c.diags.Warnf(c.pos(m.Line), "model %s has the name of the enum at line %d", m.Name, e.Line)
	}
	old, ok := c.model[m.Name]
	if !ok {
		old = &spec.Model{}
		*old = *m
		old.Fields = nil
		c.model[m.Name] = old
		c.fields[old] = map[string]*spec.Field{}
		c.models = append(c.models, old)
	}
	seen := c.fields[old]
	for _, f := range m.Fields {
		if prev, ok := seen[f.Wire]; ok {
			c.diags.Warnf(c.pos(f.Line), "field %q of %s is listed again (first at line %d); kept once", f.Wire, m.Name, prev.Line)
			continue
		}
		seen[f.Wire] = f
		old.Fields = append(old.Fields, f)
	}
}

// declareData declares the columns of the data e's values carry that no
// reader declared (a field's values numbered in its description, "0 -
// ANSWERED"): a spec names every column its values fill. A column of
// numbers only is an int column.
func declareData(e *spec.Enum) {
	declared := map[string]bool{}
	for _, col := range e.Columns {
		declared[col.Name] = true
	}
	var keys []string
	ints := map[string]bool{}
	for _, v := range e.Values {
		for k, d := range v.Data {
			if !declared[k] {
				declared[k] = true
				keys = append(keys, k)
				ints[k] = true
			}
			if d == nil {
				continue // a value without this datum
			}
			if _, err := strconv.Atoi(d.Text); err != nil && ints[k] {
				ints[k] = false
			}
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		typ := "string"
		if ints[k] {
			typ = "int"
		}
		e.Columns = append(e.Columns, &spec.Column{Name: k, Type: typ, Doc: "The " + k + " the document gives the value."})
	}
}

// addCount records a count the document states in section.
func (c *collector) addCount(n, line, section int) {
	c.counts = append(c.counts, count{n: n, line: line, section: section})
}

// result settles counts and field types and returns the extraction.
func (c *collector) result() Result {
	for f, e := range c.fieldEnums {
		f.Enum = e.Name // named after its object since, perhaps
	}
	for _, e := range c.enums {
		declareData(e)
	}
	c.dropConstantNames()
	c.dropEmpty()
	c.applyCounts()
	c.linkFields()
	c.diags.Sort()
	return Result{Enums: c.enums, Models: nestModels(c.models), Diags: c.diags}
}

// applyCounts gives each stated count to the enum it announces: the first
// block enum of the same section found after the statement ("has 28 call
// statuses, following are..."), else the last one before it ("the table
// above lists all 28"). A count that disagrees with what was extracted is a
// warning at the statement's line, the place a reader checks.
func (c *collector) applyCounts() {
	for _, k := range c.counts {
		e := c.countedEnum(k)
		if e == nil || e.Count != 0 {
			continue
		}
		e.Count = k.n
		if got := len(e.Values); got != k.n {
			c.diags.Warnf(c.pos(k.line), "the document states %d values for %s, but %d were extracted", k.n, e.Name, got)
		}
	}
}

func (c *collector) countedEnum(k count) *spec.Enum {
	enums := c.blocks[k.section] // in document order
	i := sort.Search(len(enums), func(i int) bool { return firstLine(enums[i]) > k.line })
	switch {
	case i < len(enums):
		return enums[i]
	case i > 0:
		return enums[i-1]
	}
	return nil
}

// firstLine is the line of an enum's first value, where its list starts.
func firstLine(e *spec.Enum) int {
	if len(e.Values) > 0 && e.Values[0].Line > 0 {
		return e.Values[0].Line
	}
	return e.Line
}

// linkFields sets Field.Enum for fields whose type is an enum of the
// document (a field typed CallStatusInfoCode holds that enum).
// dropEmpty removes the enums whose every value was skipped (each one
// reported), and the fields' links to them.
func (c *collector) dropEmpty() {
	kept := c.enums[:0]
	for _, e := range c.enums {
		if len(e.Values) > 0 {
			kept = append(kept, e)
			continue
		}
		delete(c.byName, e.Name)
		for _, m := range c.models {
			for _, f := range m.Fields {
				if f.Enum == e.Name {
					f.Enum = ""
				}
			}
		}
	}
	c.enums = kept
}

func (c *collector) linkFields() {
	for _, m := range c.models {
		for _, f := range m.Fields {
			if _, ok := c.byName[f.Type]; ok && f.Enum == "" {
				f.Enum = f.Type
			}
		}
	}
}

// ownerOfMembers returns the type that values written with it name as
// their owner, and drops it from their wires: two values or more, each
// Type.member with the one type in Pascal case and members in camel case
// or constants (OmiCallEvent.onMuted, CallState.RINGING), are the type's
// members. "" when they are not: call.answered is a wire, and so are
// Call.Ringing and Microsoft.Communication.CallConnected.
func ownerOfMembers(values []*spec.Value) string {
	if len(values) < 2 {
		return ""
	}
	owner := ""
	for _, v := range values {
		t, m, ok := strings.Cut(v.Wire, ".")
		if !ok || owner != "" && t != owner || !textStartsUpper(t) || !isTypeName(t) || !isIdentifier(m) || !startsLower(m) && !upperSnake(m) {
			return ""
		}
		owner = t
	}
	for _, v := range values {
		v.Wire = strings.TrimPrefix(v.Wire, owner+".")
	}
	return owner
}
