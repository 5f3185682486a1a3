package extract

import (
	"regexp"
	"strings"

	"github.com/docenum/docenum/generator/spec"
)

// A state machine is often drawn rather than listed: the page holds the
// drawing's source, a Graphviz graph or a Mermaid state diagram, and its
// nodes are the states:
//
//	digraph CallResourceState {
//	    Start [shape=point];
//	    Initiated -> Ring [label="呼出振铃"];
//	}
//
//	stateDiagram-v2
//	    [*] --> Idle
//	    Idle --> Ringing : INVITE
//
// stateDiagram reads such a code block: two states at least, in the order
// they first appear, named after the graph (CallResourceState) or else
// the section. The drawing's own marks are no states: Mermaid's [*], a
// Graphviz point (shape=point), and nodes named for where the machine
// begins or ends (start, begin, end, ...).

// dotGraph matches the first line of a Graphviz graph, with its name.
var dotGraph = regexp.MustCompile(`^\s*(?:strict\s+)?(?:di)?graph\s*("?[\w.-]*"?)\s*\{`)

// dotNode matches a node, or the first of an edge, at the start of a
// statement: its id, then what follows it.
var dotNode = regexp.MustCompile(`^\s*"?([A-Za-z_][\w.-]*)"?\s*(.*)$`)

// mermaidState matches a state of a Mermaid transition.
var mermaidState = regexp.MustCompile(`^\s*(\[\*\]|[A-Za-z_][\w.-]*)\s*$`)

// drawingEnds name the nodes a drawing marks its start and end with.
var drawingEnds = map[string]bool{"start": true, "begin": true, "end": true, "stop": true, "init": true, "initial": true, "final": true}

// dotKeywords start statements that are no nodes.
var dotKeywords = map[string]bool{"graph": true, "node": true, "edge": true, "subgraph": true, "digraph": true, "strict": true}

// stateDiagram reads a code block that draws a state machine and reports
// whether it did.
func (w *walker) stateDiagram(lines []Line) bool {
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first].Text) == "" {
		first++
	}
	if first == len(lines) {
		return false
	}
	head := strings.TrimSpace(lines[first].Text)
	var states []string
	var at []int
	name := ""
	switch {
	case dotGraph.MatchString(head):
		name = strings.Trim(dotGraph.FindStringSubmatch(head)[1], `"`)
		states, at = dotStates(lines[first+1:])
	case strings.HasPrefix(head, "stateDiagram"):
		states, at = mermaidStates(lines[first+1:])
	default:
		return false
	}
	if len(states) < 2 {
		return false
	}
	e := &spec.Enum{Name: enumName(name), Line: lines[first].N}
	if e.Name == "" {
		if e = w.newEnum(lines[first].N, ""); e == nil {
			return true
		}
	}
	for i, s := range states {
		e.Values = append(e.Values, &spec.Value{Wire: s, Line: at[i]})
	}
	w.col.addEnum(e, w.cur, true, false)
	return true
}

// dotStates returns the nodes of a Graphviz graph's statements, each
// with its line, in the order they first appear.
func dotStates(lines []Line) (states []string, at []int) {
	seen, marks := map[string]bool{}, map[string]bool{}
	add := func(id string, n int) {
		if !seen[id] && !dotKeywords[id] {
			seen[id] = true
			states, at = append(states, id), append(at, n)
		}
	}
	for _, l := range lines {
		for _, stmt := range strings.Split(l.Text, ";") {
			parts := strings.Split(strings.ReplaceAll(stmt, "--", "->"), "->")
			for k, part := range parts {
				m := dotNode.FindStringSubmatch(part)
				if m == nil {
					continue
				}
				rest := strings.TrimSpace(m[2])
				if len(parts) == 1 && !strings.HasPrefix(rest, "[") && rest != "" {
					break // size="8,8", a subgraph's brace: no node
				}
				if len(parts) == 1 && strings.Contains(rest, "shape=point") || drawingEnds[strings.ToLower(m[1])] {
					marks[m[1]] = true
				}
				if k < len(parts)-1 && rest != "" || marks[m[1]] {
					continue
				}
				add(m[1], l.N)
			}
		}
	}
	return states, at
}

// mermaidStates returns the states of a Mermaid state diagram's
// transitions (A --> B : label), each with its line, in the order they
// first appear.
func mermaidStates(lines []Line) (states []string, at []int) {
	seen := map[string]bool{}
	for _, l := range lines {
		text, _, _ := strings.Cut(l.Text, ":") // the transition's label
		parts := strings.Split(text, "-->")
		if len(parts) != 2 {
			continue
		}
		for _, p := range parts {
			m := mermaidState.FindStringSubmatch(p)
			if m == nil || m[1] == "[*]" || seen[m[1]] {
				continue
			}
			seen[m[1]] = true
			states, at = append(states, m[1]), append(at, l.N)
		}
	}
	return states, at
}
