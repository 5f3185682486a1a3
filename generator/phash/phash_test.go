package phash

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/dave/jennifer/jen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// kaleyraio is the Kaleyra.io call status list (specs/sources/kaleyraio.txt).
var kaleyraio = strings.Fields(`NOANSWER ANSWER FLOW_ANSWER FAILED BUSY REJECTED
	NOROUTE BUSY_CHANNEL1 BUSY_CHANNEL2 FAILED_CHANNEL1 FAILED_CHANNEL2
	NOANSWER_CHANNEL1 NOANSWER_CHANNEL2 MAXUSE FLOW_UNASSIGNED FLOW_PAUSED
	FLOW_NOT_PUBLISHED FLOW_UNREACHABLE QUEUE_TIMEOUT OBD_TIMEOUT CANCEL
	BRIDGE_UNAVAILABLE MISS_CALL NO_INCOMING_CLI INCOMING_DISCONNECTED
	RING_TIMEOUT FLOW_EXECUTED OUTGOING_RESTRICTED`)

// bandwidthEvents is Bandwidth's eventType list (specs/sources/bandwidth.txt).
var bandwidthEvents = strings.Fields(`answer bridgeComplete bridgeTargetComplete
	conferenceCreated conferenceRedirect conferenceMemberJoin conferenceMemberExit
	conferenceCompleted conferenceRecordingAvailable disconnect dtmf gather
	initiate machineDetectionComplete recordingComplete recordingAvailable
	redirect transcriptionAvailable transferAnswer transferComplete
	transferDisconnect`)

// ringcentralReasons is RingCentral's CallStatusInfoReason list
// (specs/sources/ringcentral.md).
var ringcentralReasons = strings.Fields(`Pickup Supervising TakeOver Timeout
	BlindTransfer RccTransfer AttendedTransfer CallerInputRedirect CallFlip
	ParkLocation DtmfTransfer AgentAnswered AgentDropped Rejected Cancelled
	InternalError NoAnswer TargetBusy InvalidNumber InternationalDisabled
	DestinationBlocked NotEnoughFunds NoSuchUser CallPark CallRedirected
	CallReplied CallSwitch CallFinished CallDropped`)

type keySet struct {
	name string
	keys []string
	// perfect says the set must get a perfect hash (realistic enums do).
	perfect bool
}

// keySets are the fixed cases; randomKeySets adds generated ones.
func keySets() []keySet {
	return []keySet{
		{"kaleyraio", kaleyraio, true},
		{"bandwidth events", bandwidthEvents, true},
		{"ringcentral reasons", ringcentralReasons, true},
		{"two", []string{"inbound", "outbound"}, true},
		{"one", []string{"BUSY"}, true},
		{"empty key only", []string{""}, true},
		{"empty key first", []string{"", "no_answer", "busy", "a", "b"}, true},
		{"empty key last", []string{"completed", "failed", ""}, true},
		{"one-byte keys", []string{"a", "b", "c", "A", "0", "_"}, true},
		{"differ at one position", differAt("CONFERENCE_MEMBER_", "_EVENT", 40), true},
		{"differ at one deep position", differAt(strings.Repeat("x", 40), strings.Repeat("y", 3), 60), true},
		{"equal length", []string{"ABCD", "ABDC", "ACBD", "ACDB", "ADBC", "ADCB", "BACD", "BADC"}, true},
		{"short keys by switch", []string{"a", "xay", "xby", "xcy", "", "xdy"}, true},
		{"prefixes of each other", []string{"B", "BU", "BUS", "BUSY", "BUSY_", "BUSY_CHANNEL", "BUSY_CHANNEL1"}, true},
		{"long lengths", []string{strings.Repeat("a", 256), strings.Repeat("a", 512), "a", "aa"}, true},
		{"longer than the word check", differAt(strings.Repeat("p", 60), "-suffix", 12), true},
		{"word check at its limit", differAt(strings.Repeat("p", 56), "-suffix", 12), true},
		{"non-ASCII", []string{"état", "états", "naïve", "ünknown", "\xff", "\x00"}, true},
	}
}

// differAt returns n keys prefix+c+suffix differing only in the byte c.
func differAt(prefix, suffix string, n int) []string {
	keys := make([]string, n)
	for i := range keys {
		keys[i] = prefix + string(rune('0'+i)) + suffix
	}
	return keys
}

// randomKeySets returns key sets of 1..200 keys from a fixed seed: short
// keys over a small alphabet (many near-collisions) and wire-like keys.
func randomKeySets() []keySet {
	r := rand.New(rand.NewPCG(1, 2))
	var sets []keySet
	for n := 1; n <= 200; n += 1 + n/8 {
		for _, alphabet := range []string{"AB_", "ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789", "abcdefghijklmnopqrstuvwxyz."} {
			sets = append(sets, keySet{name: fmt.Sprintf("random %d over %q", n, alphabet), keys: randomKeys(r, n, alphabet)})
		}
	}
	return sets
}

func randomKeys(r *rand.Rand, n int, alphabet string) []string {
	seen := map[string]bool{}
	var keys []string
	for len(keys) < n {
		b := make([]byte, r.IntN(24))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		if k := string(b); !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return keys
}

// nonKeys returns strings near the keys: prefixes, extensions, one-byte
// changes, the empty string and a very long string. Some may be keys;
// callers check membership.
func nonKeys(keys []string) []string {
	out := []string{"", strings.Repeat("A", 4096), "\x00", "\xff"}
	for _, k := range keys {
		out = append(out, k+"x", k+"\x00", "x"+k, k+k, strings.ToLower(k), strings.ToUpper(k))
		for i := range len(k) {
			out = append(out, k[:i], k[i+1:], k[:i]+string(k[i]^1)+k[i+1:], k[:i]+string(k[i]+1)+k[i+1:])
		}
	}
	return out
}

// checkTable asserts that tb finds every key at its index and rejects
// everything else nonKeys produces.
func checkTable(t *testing.T, tb *Table, keys []string) {
	t.Helper()
	index := map[string]int{}
	for i, k := range keys {
		index[k] = i
		got, ok := tb.Lookup(k)
		require.True(t, ok, "key %q not found", k)
		require.Equal(t, i, got, "key %q", k)
	}
	for _, s := range nonKeys(keys) {
		want, isKey := index[s]
		got, ok := tb.Lookup(s)
		require.Equal(t, isKey, ok, "Lookup(%q)", s)
		if isKey {
			require.Equal(t, want, got, "Lookup(%q)", s)
		}
	}
}

func TestBuildFindsKeysOnly(t *testing.T) {
	for _, tc := range keySets() {
		t.Run(tc.name, func(t *testing.T) {
			tb, err := BuildPerfect(tc.keys)
			require.NoError(t, err)
			if tc.perfect {
				assert.Equal(t, Perfect, tb.Strategy(), tb.String())
			}
			checkTable(t, tb, tc.keys)
		})
	}
}

func TestBuildRandomKeySets(t *testing.T) {
	perfect := 0
	sets := randomKeySets()
	for _, tc := range sets {
		tb, err := BuildPerfect(tc.keys)
		require.NoError(t, err, tc.name)
		checkTable(t, tb, tc.keys)
		if tb.Strategy() == Perfect {
			perfect++
		}
	}
	t.Logf("%d of %d random key sets got a perfect hash", perfect, len(sets))
}

// TestOtherStrategies forces the Switch and Map strategies on tables that
// got a perfect hash, so they are tested on every key set too.
func TestOtherStrategies(t *testing.T) {
	for _, tc := range keySets() {
		for _, s := range []Strategy{Switch, Map} {
			tb, err := BuildPerfect(tc.keys)
			require.NoError(t, err)
			tb.strategy = s
			checkTable(t, tb, tc.keys)
		}
	}
}

// TestStrategyFitsSize: a few keys get a switch, many a map, without a
// search.
func TestStrategyFitsSize(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		n    int
		want Strategy
	}{{0, Switch}, {MaxSwitch, Switch}, {MaxSwitch + 20, Perfect}, {MaxPerfect + 1, Map}, {10000, Map}} {
		tb, err := Build(randomKeys(r, tc.n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"))
		require.NoError(t, err)
		assert.Equal(t, tc.want, tb.Strategy(), "%d keys", tc.n)
	}
}

// TestBuildGrowsLinearly: building the table of a large enum takes time
// and memory in proportion to its keys, checked at N and 4N keys instead
// of left to the test timeout: 4N may cost at most 8 times N (a
// quadratic build costs 16 times).
func TestBuildGrowsLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("times builds of 4k and 16k keys")
	}
	r := rand.New(rand.NewPCG(3, 4))
	const n = 4000
	small := randomKeys(r, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789")
	large := randomKeys(r, 4*n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789")
	cost := func(keys []string) (time.Duration, uint64) {
		best := time.Duration(1<<63 - 1)
		var bytes uint64
		for range 5 {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			_, err := Build(keys)
			d := time.Since(start)
			runtime.ReadMemStats(&after)
			require.NoError(t, err)
			best, bytes = min(best, d), after.TotalAlloc-before.TotalAlloc
		}
		return best, bytes
	}
	ts, bs := cost(small)
	tl, bl := cost(large)
	t.Logf("%d keys: %v, %d B; %d keys: %v, %d B", len(small), ts, bs, len(large), tl, bl)
	assert.Less(t, tl, 8*max(ts, time.Millisecond), "time")
	assert.Less(t, bl, 8*bs, "memory")
}

func TestBuildEdgeCases(t *testing.T) {
	tb, err := Build(nil)
	require.NoError(t, err)
	assert.Equal(t, Switch, tb.Strategy())
	_, ok := tb.Lookup("")
	assert.False(t, ok)
	tb, err = BuildPerfect(nil)
	require.NoError(t, err)
	assert.Equal(t, Map, tb.Strategy())

	_, err = BuildPerfect([]string{"a", "b", "a"})
	assert.EqualError(t, err, `phash: duplicate key "a" at indexes 0 and 2`)
	_, err = BuildPerfect([]string{"", ""})
	assert.EqualError(t, err, `phash: duplicate key "" at indexes 0 and 1`)
}

func TestBuildIsDeterministic(t *testing.T) {
	sets := append(keySets(), randomKeySets()...)
	for _, tc := range sets {
		a, err := BuildPerfect(tc.keys)
		require.NoError(t, err)
		b, err := BuildPerfect(tc.keys)
		require.NoError(t, err)
		require.Equal(t, a, b, tc.name)
		require.Equal(t, render(t, a), render(t, b), tc.name)
	}
}

// TestKnownTables pins the tables of the vendor enums: a change here
// changes generated code, so it should be deliberate.
func TestKnownTables(t *testing.T) {
	for _, tc := range []struct {
		keys []string
		want string
	}{
		{kaleyraio, "perfect hash of len(s), s[len(s)-1] * 0xc860827d >> 26 into 64 slots for 28 keys, checked by comparing packed words"},
		{bandwidthEvents, "perfect hash of len(s), s[len(s)-4] * 0x387a07af >> 26 into 64 slots for 21 keys, checked by comparing packed words"},
		{ringcentralReasons, "perfect hash of len(s), s[5] * 0x94cfda81 >> 25 into 128 slots for 29 keys, checked by comparing packed words"},
		{[]string{"inbound", "outbound"}, "perfect hash of len(s) * 0x4469e8ff >> 31 into 2 slots for 2 keys, checked by comparing packed words"},
		{[]string{"", "a", "b"}, `perfect hash of len(s), s[0] * 0x4469e8ff >> 31 into 2 slots for 3 keys, checked by a string compare; "" by the length check`},
		{[]string{"a", "xay", "xby", "xcy", ""}, "perfect hash of len(s), s[1] * 0x94cfda81 >> 30 into 4 slots for 5 keys, checked by a string compare; 2 shorter than 3 by switch"},
	} {
		tb, err := BuildPerfect(tc.keys)
		require.NoError(t, err)
		assert.Equal(t, tc.want, tb.String())
	}
}

func render(t *testing.T, tb *Table) string {
	t.Helper()
	return fmt.Sprintf("%#v", tb.Func("lookupX", jen.Id("xValues")))
}

func FuzzBuild(f *testing.F) {
	f.Add(strings.Join(kaleyraio, "\n"), "BUSY_CHANNEL2")
	f.Add(strings.Join(bandwidthEvents, "\n"), "answer")
	f.Add("\na\nb", "")
	f.Add("x\nx", "x")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, list, probe string) {
		keys := strings.Split(list, "\n")
		tb, err := BuildPerfect(keys)
		index := map[string]int{}
		for i, k := range keys {
			if _, dup := index[k]; dup {
				require.Error(t, err)
				return
			}
			index[k] = i
		}
		require.NoError(t, err)
		for i, k := range keys {
			got, ok := tb.Lookup(k)
			require.True(t, ok, "key %q", k)
			require.Equal(t, i, got, "key %q", k)
		}
		want, isKey := index[probe]
		got, ok := tb.Lookup(probe)
		require.Equal(t, isKey, ok, "probe %q", probe)
		if isKey {
			require.Equal(t, want, got)
		}
	})
}

// vocabulary for wireLikeKeys: words vendors put in status strings.
var vocabulary = strings.Fields(`call busy no answer failed channel flow queue
	timeout transfer complete conference member join exit recording available
	machine detection redirect gather initiate disconnect reject cancel route
	bridge leg target user invalid number hold park voice mail fax agent
	dropped internal error funds switch unreachable paused executed restricted
	incoming outgoing ring miss max use obd cli`)

// wireLikeKeys returns n keys of one to three vocabulary words, spelled
// UPPER_SNAKE, camelCase or kebab-case by style.
func wireLikeKeys(r *rand.Rand, n, style int) []string {
	seen := map[string]bool{}
	var keys []string
	for len(keys) < n {
		words := make([]string, 1+r.IntN(3))
		for i := range words {
			words[i] = vocabulary[r.IntN(len(vocabulary))]
		}
		var k string
		switch style {
		case 0:
			k = strings.ToUpper(strings.Join(words, "_"))
		case 1:
			for i, w := range words {
				if i > 0 {
					w = strings.ToUpper(w[:1]) + w[1:]
				}
				k += w
			}
		default:
			k = strings.Join(words, "-")
		}
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return keys
}

// TestPerfectRate pins how often realistic enums get a perfect hash: the
// fallback is correct but slower, so a search change that makes it common
// should fail here.
func TestPerfectRate(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{5, 10, 20, 30, 50, 80, 100, 120, 150} {
		perfect := 0
		const trials = 30
		for trial := range trials {
			keys := wireLikeKeys(r, n, trial%3)
			tb, err := BuildPerfect(keys)
			require.NoError(t, err)
			checkTable(t, tb, keys)
			if tb.Strategy() == Perfect {
				perfect++
			}
		}
		t.Logf("%3d keys: %d of %d perfect", n, perfect, trials)
		assert.GreaterOrEqual(t, perfect, trials*85/100, "%d keys", n)
	}
}

// TestWindowsCover checks the claim verify.go rests on: for every key length
// up to maxWordKeyLen, the windows of an input of that length cover all its
// bytes, so equal words mean equal strings.
func TestWindowsCover(t *testing.T) {
	for maxLen := 4; maxLen <= maxWordKeyLen; maxLen++ {
		c := newWordCheck(4, maxLen)
		for n := 4; n <= maxLen; n++ {
			covered := make([]bool, n)
			if n < 8 {
				for i := range 4 {
					covered[i], covered[n-4+i] = true, true
				}
			} else {
				for k := range c.long {
					o := windowOffset(k, c.long, n-8)
					require.LessOrEqual(t, o+8, n, "maxLen %d n %d window %d", maxLen, n, k)
					for i := range 8 {
						covered[o+i] = true
					}
				}
			}
			assert.NotContains(t, covered, false, "maxLen %d n %d", maxLen, n)
		}
	}
}
