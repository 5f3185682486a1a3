package emit

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGroupImports(t *testing.T) {
	cases := []struct{ in, want string }{
		{
			"package x\n\nimport (\n\t\"encoding/json\"\n\t\"github.com/a/b\"\n\t\"time\"\n)\n",
			"package x\n\nimport (\n\t\"encoding/json\"\n\t\"time\"\n\n\t\"github.com/a/b\"\n)\n",
		},
		{"package x\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n", "package x\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n"},
		{"package x\n\nimport \"github.com/a/b\"\n", "package x\n\nimport \"github.com/a/b\"\n"},
		{"package x\n\nimport (\n\tjson \"encoding/json\"\n\tb \"example.com/b\"\n)\n", "package x\n\nimport (\n\tjson \"encoding/json\"\n\n\tb \"example.com/b\"\n)\n"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, string(groupImports([]byte(c.in))))
	}
}
