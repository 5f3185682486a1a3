package extract

import (
	"bytes"
	"regexp"

	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
)

// An SDK's guide often names its events only where its examples subscribe
// to them:
//
//	call.on("online-success", () => { ... })
//	@transport.event_handler("on_joined")
//
// The events one object is subscribed to, minKindSections at least, are
// an enum named after the object: CallEvent, TransportEvent. Events other
// readers already listed are left to them, and a reference's headings
// (#### transport.on("icestatechange", fn)) are entries, not examples.

// subscription matches a call subscribing to an event by its name: the
// object, the subscribing function, the event.
var subscription = regexp.MustCompile(`(?:\b([A-Za-z_]\w*)\.)?\b(?:on|once|addEventListener|addListener|event_handler)\(\s*["']([A-Za-z][\w:.-]*)["']`)

// handlerEnums adds the enums of the events each object's examples
// subscribe to.
func (w *walker) handlerEnums() {
	var objects []string // in the order met
	events := map[string][]*spec.Value{}
	seen := map[string]bool{}
	for n := 1; n <= w.doc.lines(); n++ {
		raw := w.doc.lineBytes(n)
		if !quotedArgument(raw) || bytes.HasPrefix(bytes.TrimLeft(raw, " \t"), []byte("#")) {
			continue // no call with a string on the line (the common case), or a reference's heading for the event, not an example
		}
		for _, m := range subscription.FindAllSubmatch(raw, -1) {
			object, event := string(m[1]), string(m[2])
			if seen[object+"\x00"+event] {
				continue
			}
			seen[object+"\x00"+event] = true
			if len(events[object]) == 0 {
				objects = append(objects, object)
			}
			events[object] = append(events[object], &spec.Value{Wire: event, Line: w.doc.mapLine(n)})
		}
	}
	var taken map[string]bool
	for _, object := range objects {
		values := events[object]
		if len(values) < minKindSections {
			continue
		}
		if taken == nil {
			taken = w.col.wireSet()
		}
		if takenShare(values, taken)*2 >= len(values) {
			continue // few, or listed already: by another reader, or for another object (an observer of the same events)
		}
		for _, v := range values {
			taken[v.Wire] = true
		}
		name := "Event"
		if object != "this" && object != "self" {
			name = naming.Ident(object + " event")
		}
		w.col.addEnum(&spec.Enum{Name: name, Line: values[0].Line, Values: values}, -1, false, true)
	}
}

// quotedArgument reports a call on the line whose first argument is a
// string: ("x" or ('x'.
func quotedArgument(line []byte) bool {
	for i := bytes.IndexByte(line, '('); i >= 0; {
		rest := bytes.TrimLeft(line[i+1:], " ")
		if len(rest) > 0 && isQuoteByte(rest[0]) {
			return true
		}
		j := bytes.IndexByte(line[i+1:], '(')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// takenShare counts the values whose wire taken holds.
func takenShare(values []*spec.Value, taken map[string]bool) int {
	n := 0
	for _, v := range values {
		if taken[v.Wire] {
			n++
		}
	}
	return n
}
