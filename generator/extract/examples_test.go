package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestExampleValues(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string
	}{{
		name: "JSON examples under headings named as the values",
		src: "# Webhooks\n\n### participant-joined\n\nA participant joined.\n\n```json\n{\"webhookType\": \"participant-joined\", \"name\": \"John\"}\n```\n\n" +
			"### session-ended\n\nThe session ended.\n\n```json\n{\"webhookType\": \"session-ended\"}\n```\n",
		want: []string{"WebhookType: participant-joined session-ended"},
	}, {
		name: "headings in words, values in code",
		src:  "## Events\n\n### Room Started\n\n```\n  event: 'room_started'\n  room: Room\n```\n\n### Room Finished\n\n```\n  event: 'room_finished'\n```\n",
		want: []string{"Event: room_started room_finished"},
	}, {
		name: "one heading is not enough",
		src:  "### Room Started\n\n```\nevent: 'room_started'\n```\n",
		want: nil,
	}, {
		name: "values that are not the heading's name are examples only",
		src:  "### Call one\n\n```\nstatus: 'busy'\n```\n\n### Call two\n\n```\nstatus: 'failed'\n```\n",
		want: nil,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, wires(Extract("events.md", []byte(tc.src), Options{})))
		})
	}
}

func TestSchemaEnums(t *testing.T) {
	src := "# Models\n\n## Endpoint\n\n```javascript\n{\"id\": \"Endpoint\", \"properties\": {\"state\": {\"type\": \"string\", \"allowableValues\": {\"valueType\": \"LIST\", \"values\": [\"unknown\", \"offline\", \"online\"]}}}}\n```\n\n" +
		"## Channel\n\n```json\n{\"id\": \"Channel\", \"properties\": {\"state\": {\"type\": \"string\", \"enum\": [\"Down\", \"Up\"]}, \"count\": {\"enum\": [1, 2]}}}\n```\n\n```json\n{\"broken\": \n```\n"
	assert.Equal(t, []string{"EndpointState: unknown offline online", "ChannelState: Down Up"}, wires(Extract("models.md", []byte(src), Options{})),
		"a property's values in a schema in a code block; numbers are no values; a block that is no JSON gives nothing")
}
