package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/model"
)

// Import paths used by the payload file.
const (
	pkgTime    = "time"
	pkgReflect = "reflect"
)

// payloadFileName names the file of a package's payload structs.
func payloadFileName(p *model.Package) string { return p.Name + "_models_gen.go" }

// genPayloadFile emits <package>_models_gen.go: one struct per payload
// model of the spec, with its decoder and its Status method, then the
// helpers the decoders share. A package without models has no such file.
func genPayloadFile(p *model.Package, opts Options) (*jen.File, error) {
	if len(p.Payloads) == 0 {
		return nil, nil
	}
	f := newFile(p, opts)
	if path := canonicalPath(opts); path != "" {
		f.ImportName(path, opts.Mapping.Canonical.File.Vendor)
	}
	for _, pl := range p.Payloads {
		for _, gen := range payloadGens {
			if c := gen(p, pl, opts); c != nil {
				f.Add(c)
				f.Line()
			}
		}
	}
	for _, gen := range payloadHelperGens {
		f.Add(gen(p))
		f.Line()
	}
	if c := genCodeHelpers(p, opts); c != nil {
		f.Add(c)
	}
	return f, nil
}

// payloadGens emit, in order, the constructs of one payload; nil means
// the payload has no such construct.
var payloadGens = []func(p *model.Package, pl *model.Payload, opts Options) jen.Code{
	genPayloadStruct,
	genPayloadUnmarshal,
	genPayloadStatus,
}

// payloadHelperGens emit the helpers of a package with payloads (their
// names are reserved in model.PayloadHelpers).
var payloadHelperGens = []func(p *model.Package) jen.Code{
	genPayloadField,
	genDescribeJSON,
	genPayloadError,
}

// genPayloadStruct emits the struct:
//
//	// DisconnectCallback is a payload of Bandwidth, decoded from JSON.
//	//
//	// <curated doc or the vendor's description>
//	// ...
//	type DisconnectCallback struct {
//		// EventType: The event type, ...
//		EventType EventType `json:"eventType,omitempty"`
//		// EventTime: The approximate UTC date and time ...
//		EventTime time.Time `json:"eventTime,omitzero"`
//		...
//	}
func genPayloadStruct(p *model.Package, pl *model.Payload, opts Options) jen.Code {
	return doc(payloadDoc(p, pl, opts)...).Type().Id(pl.Name).StructFunc(func(g *jen.Group) {
		for _, fl := range pl.Fields {
			g.Add(doc(fieldDoc(fl)...).Id(fl.Name).Add(fieldType(fl)).Tag(map[string]string{"json": fl.Tag()}))
		}
	})
}

// payloadDoc is the struct's doc comment, paragraph by paragraph.
func payloadDoc(p *model.Package, pl *model.Payload, opts Options) []string {
	paras := []string{fmt.Sprintf("%s is a payload of %s, decoded from JSON.", pl.Name, p.Title), pl.Doc}
	if startsWithWord(pl.Doc, pl.Name) {
		paras = paras[1:]
	}
	paras = append(paras, "Decoding follows encoding/json: unknown fields are ignored, absent and null fields "+
		"stay zero, and an enum value the spec does not list is kept as it is. A field that cannot be decoded, "+
		"a malformed timestamp included, fails with a *json.UnmarshalTypeError naming the field.")
	if pl.Status != nil && canonicalPath(opts) != "" {
		paras = append(paras, "Status maps the payload onto the canonical call-status model.")
	}
	if pl.SourceLine > 0 && p.SourcePath != "" {
		paras = append(paras, fmt.Sprintf("Source: %s, line %d.", p.SourcePath, pl.SourceLine))
	}
	return paras
}

// fieldDoc is a field's doc comment, paragraph by paragraph.
func fieldDoc(fl *model.Field) []string {
	first := fmt.Sprintf("%s is the JSON field %q.", fl.Name, fl.Wire)
	switch {
	case startsWithWord(fl.Doc, fl.Name):
		first = fl.Doc
	case fl.Doc != "":
		first = fl.Name + ": " + fl.Doc
	}
	paras := []string{first}
	if fl.Type == model.FieldRaw {
		paras = append(paras, rawNote(fl))
	}
	if fl.Removed {
		paras = append(paras, "The vendor's document no longer lists this field; it is kept so that older payloads still decode.")
	}
	return paras
}

// rawNote tells why a field is raw JSON and what to do with it.
func rawNote(fl *model.Field) string {
	if fl.SourceType == "" {
		return "The document gives no type, so the field is kept as raw JSON."
	}
	return fmt.Sprintf("The document types it %s, which has no spec in this package; "+
		"it is kept as raw JSON for json.Unmarshal into a type of your own.", fl.SourceType)
}

// fieldType is the Go type of a field: the type family, as a slice for a
// list, behind a pointer when the model says so.
func fieldType(fl *model.Field) *jen.Statement {
	var t *jen.Statement
	switch fl.Type {
	case model.FieldString:
		t = jen.String()
	case model.FieldBool:
		t = jen.Bool()
	case model.FieldInt:
		t = jen.Int64()
	case model.FieldFloat:
		t = jen.Float64()
	case model.FieldTime:
		t = jen.Qual(pkgTime, "Time")
	case model.FieldEnum:
		t = jen.Id(fl.Enum.Name)
	case model.FieldModel:
		t = jen.Id(fl.Model)
	default:
		t = jen.Qual(pkgJSON, "RawMessage")
	}
	switch {
	case fl.List:
		return jen.Index().Add(t)
	case fl.Pointer:
		return jen.Op("*").Add(t)
	}
	return t
}
