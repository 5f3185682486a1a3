package htmlmd

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMemberTables(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{{
		name: "D-Bus enum: the type's name, its docs, a row per member, each attribute a column",
		in: `<tp:enum name="Call_State" type="u">
  <tp:docstring>The state of a call.</tp:docstring>
  <tp:enumvalue suffix="Unknown" value="0">
    <tp:docstring>Not known.</tp:docstring>
  </tp:enumvalue>
  <tp:enumvalue suffix="Ended" value="6"><tp:docstring>Over | done.</tp:docstring></tp:enumvalue>
</tp:enum>
`,
		want: "### Call\\_State\n\nThe state of a call.\n\n| suffix | value | description |\n| --- | --- | --- |\n| `Unknown` | `0` | Not known. |\n| `Ended` | `6` | Over \\| done. |\n",
	}, {
		name: "XML schema: the name comes from the simple type above the restriction; no text, no description column",
		in: `<xs:simpleType name="CallStatus">
  <xs:restriction base="xs:string">
    <xs:enumeration value="busy"/>
    <xs:enumeration value="no-answer"/>
  </xs:restriction>
</xs:simpleType>
`,
		want: "### CallStatus\n\n| value |\n| --- |\n| `busy` |\n| `no-answer` |\n",
	}, {
		name: "members of differing attributes: a column for each, empty where a member has none",
		in:   `<x:flags name="F"><x:flag suffix="A" value="1"/><x:flag suffix="B"/><x:flag value="4" note="n"/></x:flags>`,
		want: "### F\n\n| suffix | value | note |\n| --- | --- | --- |\n| `A` | `1` |  |\n| `B` |  |  |\n|  | `4` | `n` |\n",
	}, {
		name: "an element HTML names is never a member, whatever its attributes",
		in:   `<div name="x"><p>Text</p></div><select name="s"><option value="a">A</option></select>`,
		want: "Text\n",
	}, {
		name: "an unnamed member element without attributes is text",
		in:   `<x:enum name="E"><x:enumvalue>busy</x:enumvalue></x:enum>`,
		want: "busy\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, convert(t, tt.in))
		})
	}
}
