// Command corpusreport scores the extractor on testdata/corpus and prints
// the tables (make corpus).
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/docenum/docenum/generator/corpus"
)

func main() {
	dir := flag.String("dir", "testdata/corpus", "the corpus `DIR`")
	flag.Parse()
	cases, err := corpus.Load(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpusreport:", err)
		os.Exit(1)
	}
	scores := make([]corpus.Score, len(cases))
	for i, c := range cases {
		scores[i] = corpus.Run(c)
	}
	corpus.Report(os.Stdout, scores)
}
