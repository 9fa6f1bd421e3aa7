package extract

import (
	"bytes"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Benchmarks report MB/s (b.SetBytes). The SPEC target is 25 MB/s per core
// end to end; run them on one core to compare with it:
//
//	go test -run XXX -bench . -cpu 1 ./extract/
//	go test -run XXX -bench ExtractMixed -cpu 1 -cpuprofile cpu.out ./extract/

func BenchmarkExtractSeeds(b *testing.B) {
	x := sharedExtractor(b)
	arts := seedArticles(b)
	names := make([]string, 0, len(arts))
	for n := range arts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		src := arts[n]
		b.Run(strings.TrimSuffix(n, ".txt"), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := x.Extract(n, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkExtractMixed runs over a mixed-language corpus of about 2 MB:
// "generated" is built from the seed articles and sentences generated from
// templates in the three languages; "corpora" reads up to 2 MB of *.txt
// files from the development corpora at run time (../../shared/corpora, or
// $FACTUM_CORPORA), and is skipped when they are absent. One iteration is
// one pass over the whole corpus.
func BenchmarkExtractMixed(b *testing.B) {
	x := sharedExtractor(b)
	b.Run("generated", func(b *testing.B) {
		benchCorpus(b, x, generatedCorpus(b, 2<<20))
	})
	b.Run("corpora", func(b *testing.B) {
		docs := corporaDocs(b, 2<<20)
		if len(docs) == 0 {
			b.Skip("no development corpora found (set FACTUM_CORPORA)")
		}
		benchCorpus(b, x, docs)
	})
}

// BenchmarkExtractFresh extracts every document of the mixed corpora once
// per iteration with the extractor's morphology memo emptied first, so
// that the name morphology a first pass over new text pays is measured
// (BenchmarkExtractMixed repeats the same documents and mostly hits the
// memo).
func BenchmarkExtractFresh(b *testing.B) {
	x := sharedExtractor(b)
	docs := corporaDocs(b, 2<<20)
	if len(docs) == 0 {
		b.Skip("no development corpora found (set FACTUM_CORPORA)")
	}
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		x.memo.m.Clear()
		x.memo.n.Store(0)
		for i, d := range docs {
			if _, err := x.Extract(strconv.Itoa(i), d); err != nil {
				b.Fatalf("doc %d: %v", i, err)
			}
		}
	}
}

func benchCorpus(b *testing.B, x *Extractor, docs [][]byte) {
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ReportMetric(float64(len(docs)), "docs/op")
	for b.Loop() {
		for i, d := range docs {
			if _, err := x.Extract(strconv.Itoa(i), d); err != nil {
				b.Fatalf("doc %d: %v", i, err)
			}
		}
	}
}

// generatedCorpus returns documents of 1–8 KB in uk, ru and en totalling
// about n bytes: the seed articles, then articles made of template
// sentences filled with cities, people and organizations.
func generatedCorpus(tb testing.TB, n int) [][]byte {
	var docs [][]byte
	size := 0
	arts := seedArticles(tb)
	names := make([]string, 0, len(arts))
	for k := range arts {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		docs = append(docs, arts[k])
		size += len(arts[k])
	}
	rng := rand.New(rand.NewSource(42))
	langs := []string{"uk", "ru", "en"}
	for i := 0; size < n; i++ {
		d := generatedArticle(rng, langs[i%3], 1<<10+rng.Intn(7<<10))
		docs = append(docs, d)
		size += len(d)
	}
	return docs
}

// Template sentences. %[1]s, %[2]s are cities (nominative, or the case the
// template needs is not checked: the point is realistic token streams),
// %[3]s a person, %[4]s an organization, %[5]s a company.
var templates = map[string][]string{
	"uk": {
		"%[1]s може стати містом-побратимом %[2]s, повідомив %[3]s.",
		"Про це заявив заступник голови %[4]s %[3]s під час зустрічі з делегацією.",
		"«Ми маємо спільні інтереси в економіці, культурі та освіті», — сказав %[3]s.",
		"Компанія %[5]s відкрила офіс у місті %[1]s минулого року.",
		"Сторони підписали меморандум про співпрацю між %[1]s та %[2]s.",
		"Форум відбудеться 12-14 травня, його організатором виступає %[4]s.",
		"У березні делегація %[1]s відвідала %[2]s, де обговорила питання транспорту.",
		"Читайте також: рішення сесії, оголошення, новини району.",
		"Депутати підтримали програму розвитку міста на 2024-2026 роки.",
	},
	"ru": {
		"%[1]s и %[2]s планируют подписать соглашение о сотрудничестве, сообщил %[3]s.",
		"Глава города %[3]s встретился с представителями %[4]s.",
		"«Мы рассчитываем на развитие торговых связей», — добавил %[3]s.",
		"Офис компании %[5]s расположен в %[1]s.",
		"Форум пройдет в %[1]s 27-28 ноября, организатором выступает %[4]s.",
		"Партнером мероприятия стал город %[2]s.",
		"По данным министерства, объем инвестиций вырос на 12,5%% за год.",
		"Города-побратимы %[1]s и %[2]s отметили годовщину сотрудничества.",
	},
	"en": {
		"%[1]s and %[2]s became sister cities in 1991, %[3]s said.",
		"%[3]s, the mayor of %[1]s, met with a delegation from %[2]s on Tuesday.",
		"\"We are proud of this partnership,\" said %[3]s.",
		"%[5]s, which is headquartered in %[1]s, announced new investments.",
		"The forum will be held in %[2]s on 3-5 June and is organized by %[4]s.",
		"The two cities signed a memorandum of understanding on cooperation.",
		"Officials from %[4]s said the agreement would be signed next year.",
	},
}

var fillers = map[string][5][]string{
	"uk": {
		{"Львів", "Одеса", "Харків", "Дніпро", "Вінниця", "Полтава", "Варшава", "Вільнюс", "Берлін"},
		{"Мюнхена", "Лейпцига", "Брно", "Гданська", "Флоренції", "Чикаго", "Торонто", "Риги"},
		{"Олена Коваль", "Андрій Шевчук", "Ірина Бондар", "Петро Мельник", "Сергій Кравець"},
		{"Львівської міської ради", "Міністерства закордонних справ", "ОДА", "Верховної Ради"},
		{"Samsung", "Siemens", "Google", "Microsoft", "Toyota"},
	},
	"ru": {
		{"Казань", "Новосибирск", "Пермь", "Самара", "Минск", "Алматы", "Ташкент", "Ереван"},
		{"Харбина", "Циндао", "Шанхая", "Тяньцзиня", "Уханя", "Бишкека", "Баку"},
		{"Иван Смирнов", "Ольга Кузнецова", "Михаил Попов", "Анна Волкова", "Дмитрий Соколов"},
		{"Министерство иностранных дел", "Торгово-промышленная палата", "правительство области"},
		{"Газпром", "Сбербанк", "Huawei", "Siemens", "Яндекс"},
	},
	"en": {
		{"Chicago", "Boston", "Lyon", "Porto", "Lviv", "Kharkiv", "Seattle", "Denver"},
		{"Osaka", "Kyoto", "Milan", "Turin", "Gdansk", "Dresden", "Vilnius"},
		{"John Miller", "Sarah Connor", "Peter Schmidt", "Maria Rossi", "Tom Baker"},
		{"the Chamber of Commerce", "the city council", "the European Commission", "UNESCO"},
		{"Boeing", "Siemens", "Google", "Alibaba", "Toyota"},
	},
}

func generatedArticle(rng *rand.Rand, lang string, n int) []byte {
	var b bytes.Buffer
	ts, fl := templates[lang], fillers[lang]
	pick := func(i int) string { return fl[i][rng.Intn(len(fl[i]))] }
	for b.Len() < n {
		for k := 0; k < 3+rng.Intn(4) && b.Len() < n; k++ {
			fmt.Fprintf(&b, ts[rng.Intn(len(ts))], pick(0), pick(1), pick(2), pick(3), pick(4))
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	return b.Bytes()
}

// corporaDir returns the development corpora directory, or "".
func corporaDir() string {
	if d := os.Getenv("FACTUM_CORPORA"); d != "" {
		return d
	}
	d := filepath.Join("..", "..", "shared", "corpora")
	if st, err := os.Stat(d); err == nil && st.IsDir() {
		return d
	}
	return ""
}

// corporaDocs reads *.txt files of the development corpora (round-robin
// over the corpora, so that uk and ru both count) until n bytes.
func corporaDocs(tb testing.TB, n int) [][]byte {
	root := corporaDir()
	if root == "" {
		return nil
	}
	var lists [][]string
	for _, c := range []string{"nerel", "ner-uk", "slavicner", "factrueval"} {
		var files []string
		_ = filepath.WalkDir(filepath.Join(root, c), func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
				files = append(files, p)
			}
			return nil
		})
		sort.Strings(files)
		if len(files) > 0 {
			lists = append(lists, files)
		}
	}
	var docs [][]byte
	size := 0
	for i := 0; size < n; i++ {
		progress := false
		for _, l := range lists {
			if i >= len(l) || size >= n {
				continue
			}
			progress = true
			b, err := os.ReadFile(l[i])
			if err != nil {
				tb.Fatal(err)
			}
			docs = append(docs, b)
			size += len(b)
		}
		if !progress {
			break
		}
	}
	return docs
}

// BenchmarkNew measures building an Extractor. "default" is New with the
// embedded data, whose lexicon is parsed once per process and then shared;
// "full" reparses and rebuilds the whole lexicon (through a user lexicon
// file, which forces a fresh load): the time a process waits before its
// first Extract.
func BenchmarkNew(b *testing.B) {
	b.Run("default", func(b *testing.B) {
		for b.Loop() {
			if _, err := New(Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("full", func(b *testing.B) {
		f := filepath.Join(b.TempDir(), "empty.lex")
		if err := os.WriteFile(f, []byte("# nothing\n"), 0o644); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		start := time.Now()
		for b.Loop() {
			if _, err := New(Options{LexiconFiles: []string{f}}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(time.Since(start).Milliseconds())/float64(b.N), "ms/op")
	})
}

// TestResidentMemory measures the memory of a process that has loaded the
// default Extractor and extracted one article, in a fresh child process
// (this test binary re-run), so that nothing else loaded by the tests
// counts. SPEC: resident memory under 200 MB.
func TestResidentMemory(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector multiplies resident memory")
	}
	if os.Getenv("FACTUM_MEM_CHILD") != "" {
		memChild()
		return
	}
	if testing.Short() {
		t.Skip("short")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestResidentMemory$")
	cmd.Env = append(os.Environ(), "FACTUM_MEM_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	var heapInuse, sys, rss, loadMS int64
	for _, line := range strings.Split(string(out), "\n") {
		if rest, ok := strings.CutPrefix(line, "factum-mem "); ok {
			if _, err := fmt.Sscanf(rest, "%d %d %d %d", &heapInuse, &sys, &rss, &loadMS); err != nil {
				t.Fatalf("bad child line %q: %v", line, err)
			}
		}
	}
	if sys == 0 {
		t.Fatalf("child printed no measurement:\n%s", out)
	}
	t.Logf("after New + one Extract: HeapInuse %d MB, Sys %d MB, VmRSS %d MB; New took %d ms", heapInuse>>20, sys>>20, rss>>20, loadMS)
	if rss > 200<<20 {
		t.Errorf("resident memory %d MB > 200 MB (SPEC)", rss>>20)
	}
}

// memChild prints "factum-mem HeapInuse Sys VmRSS NewMillis".
func memChild() {
	start := time.Now()
	x, err := New(Options{})
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	loadMS := time.Since(start).Milliseconds()
	src, err := os.ReadFile("../testdata/articles/000_e8c6c51e7ccd04a3.txt")
	if err == nil {
		_, _ = x.Extract("a", src)
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	rss := int64(ms.Sys) // fallback where /proc is absent
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
				if kb, err := strconv.ParseInt(f[1], 10, 64); err == nil {
					rss = kb << 10
				}
			}
		}
	}
	runtime.KeepAlive(x)
	fmt.Printf("factum-mem %d %d %d %d\n", ms.HeapInuse, ms.Sys, rss, loadMS)
}
