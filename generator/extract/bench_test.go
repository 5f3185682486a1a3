package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtract measures throughput per format on the golden inputs or
// corpus documents of that format, each repeated to about 64 KB.
func BenchmarkExtract(b *testing.B) {
	for _, bc := range []struct{ name, input string }{
		{"markdown-table", "ringcentral/input.md"},
		{"markdown-model", "genesys/input.md"},
		{"bullets", "bullets/input.md"},
		{"glued", "kaleyraio/input.txt"},
		{"fields", "bandwidth/input.txt"},
		{"rst", "../corpus/voipbin-call-struct-rst/call_struct_call.rst"},
		{"html", "../corpus/sipsorcery-sip-status-codes-html/SIPSorcery.SIP.SIPResponseStatusCodesEnum.html"},
		{"html-in-markdown", "../corpus/whereby-react-sdk-types/types.md"},
		{"mdx-components", "../corpus/signalwire-cxml-dial/dial.mdx"},
		{"prose-terms", "../corpus/amazon-connect-contact-records/ctr-data-model.md"},
		{"asciidoc", "../corpus/restcomm-calls-api-adoc/calls-api.adoc"},
		{"bar-cells", "../corpus/venturedsolutions-messenger-voice-statuses-glued/Messenger-Message-Statuses-for-Voice.txt"},
		{"yfm-tables", "../corpus/bitrix24-voximplant-statistic-get/voximplant-statistic-get.md"},
		{"dokuwiki", "../corpus/astercc-queue-pause-unpause-dokuwiki/pause_unpause.txt"},
		{"cell-paragraphs", "../corpus/didww-create-voice-out-trunk-flattened/create-voice-out-trunk.txt"},
	} {
		data, err := os.ReadFile(filepath.Join(goldenDir, bc.input))
		if err != nil {
			b.Fatal(err)
		}
		data = bytes.Repeat(append(data, '\n', '\n'), 64<<10/len(data)+1)
		b.Run(bc.name, func(b *testing.B) { benchExtract(b, data) })
	}
}

// BenchmarkLarge measures the inputs of large_test.go.
func BenchmarkLarge(b *testing.B) {
	b.Run("1MB-line", func(b *testing.B) { benchExtract(b, longLine()) })
	b.Run("100k-rows", func(b *testing.B) { benchExtract(b, manyRows(100_000)) })
	b.Run("1000-deep-list", func(b *testing.B) { benchExtract(b, deepList(1000)) })
	b.Run("1000-deep-markers", func(b *testing.B) { benchExtract(b, deepMarkers(1000)) })
}

func benchExtract(b *testing.B, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Extract("bench.md", data, Options{})
	}
}
