package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDeclaredEnums(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"dart", "enum CallState {\n  newCall,\n  ringing,\n}", []string{"CallState: newCall ringing"}},
		{"typescript strings", "export enum Reason { Busy = 'busy', NoAnswer = \"no-answer\" }", []string{"Reason: busy no-answer"}},
		{"numbers keep names", "public enum Cause {\n  NORMAL = 16,\n  BUSY = 17;\n}", []string{"Cause: NORMAL BUSY"}},
		{"java arguments", "public enum Status {\n  BUSY(\"busy\"),\n  FAILED(\"failed\", 2);\n  private final String v;\n}", []string{"Status: busy failed"}},
		{"swift cases", "enum Direction: String {\n  case inbound = \"in\"\n  case outbound\n}", []string{"Direction: in outbound"}},
		{"kotlin enum class", "enum class Mode { AUDIO, VIDEO }", []string{"Mode: AUDIO VIDEO"}},
		{"a member comment", "enum A {\n  X, // the x\n  Y\n}", []string{"A: X Y"}},
		{"a method ends the members", "enum A {\n  X,\n  fun f() {}\n}", []string{"A: X"}},
		{"not a declaration", "the enum of states {see below}", nil},
		{"no members", "enum Empty {}", nil},
	}
	for _, tt := range tests {
		var lines []Line
		for i, l := range strings.Split(tt.src, "\n") {
			lines = append(lines, Line{N: i + 1, Text: l})
		}
		var got []string
		for _, e := range declaredEnums(lines) {
			var ws []string
			for _, v := range e.Values {
				ws = append(ws, v.Wire)
			}
			got = append(got, e.Name+": "+strings.Join(ws, " "))
		}
		assert.Equal(t, tt.want, got, tt.name)
	}
}
