package ca.tremplin.catalog;

import ca.tremplin.kernel.BackgroundTasks;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The public catalogue's search index: every published program of an active school service centre, held in
 * memory. Text goes to a Lucene index (words of both languages, without case or accents, found by prefix and
 * ranked by BM25, titles and codes first); the facets' values go to {@link IndexedProgram}s beside it, and
 * {@link CatalogFacets} counts them in one pass over what the text found.
 *
 * <p>Why in memory rather than in SQL: a search with facets is eight aggregates over the same matches; in
 * MariaDB each repeats the full-text match, which made a search cost tens of milliseconds of database time
 * at 10,000 programs (docs/benchmarks.md). The index is a copy, so it is kept fresh three ways: built when
 * the application starts; updated after every committed change to a program, an intake or a school service
 * centre ({@link CatalogChanges}); rebuilt within a second when another server committed such a change (the
 * change stamp in the database moved, {@link #followStamp}); and rebuilt every hour
 * (TREMPLIN_CATALOG_REBUILD_MINUTES) for changes made outside the application.
 */
@ApplicationScoped
public class CatalogIndex {

    private static final Logger LOG = Logger.getLogger(CatalogIndex.class.getName());
    private static final String KEY = "key";
    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    /** Where the program is given: its centre's names and its region, in both languages ({@link #placeText}). */
    private static final String PLACE = "place";
    /** Words shorter than this are ignored: a single letter as a prefix would match almost everything. */
    private static final int SHORTEST_WORD = 2;
    private static final int MOST_WORDS = 10;
    /**
     * When the words as typed find fewer programs than this, words one or two letters away are looked for too
     * ({@link #tolerantQuery}): "soudrue", "electricte", "cuisinne" find nothing as typed. A search that finds enough
     * as typed is left alone, so that a correct word never brings in its neighbours ("vente", "vent").
     */
    static final int FEW_FOUND = 3;
    /** A typed word shorter than this is taken as typed: one letter changed in "gaz" or "bois" is another word. */
    private static final int SHORTEST_TOLERANT_WORD = 4;
    /** From this length on, two letters may differ ("electricte" for "electricite" is one, "mecaniqeu" two). */
    private static final int SHORTEST_WORD_WITH_TWO_SLIPS = 8;
    /**
     * The letters a second slip never touches: a single slip may fall on the first letter ("lectromecanique"), two
     * only after it, so that a long word does not drift to any word two letters away.
     */
    private static final int UNTOUCHED_PREFIX = 1;
    /** From this length on, one slip may fall on the first letter ("oudure", "lectromecanique"). */
    private static final int SHORTEST_WORD_WITH_FIRST_LETTER_SLIP = 6;
    /** The indexed words a slip may stand for, the nearest first: Lucene's fuzzy query's own default. */
    private static final int FUZZY_EXPANSIONS = FuzzyQuery.defaultMaxExpansions;

    @Inject
    CatalogIndexLoader loader;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<Long, IndexedProgram> programs = new ConcurrentHashMap<>();
    private final Analyzer analyzer = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    private ByteBuffersDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private boolean acceptingChanges;
    /**
     * Its first build and the retries of it, the hourly rebuilds and the stamp's reads, all stopped when the
     * deployment goes away (see {@link BackgroundTasks}): a first build still trying then never starts the others.
     */
    private final BackgroundTasks background = new BackgroundTasks();
    /**
     * Open once the first build is done. Until then a search or a lookup waits for it, so that it never answers from
     * an empty or half-built index; the build no longer delays the server's readiness (docs/benchmarks.md).
     */
    private final CountDownLatch firstBuild = new CountDownLatch(1);
    /** The longest a search waits for the first build; past that (a database away), it answers from what is there. */
    private static final long FIRST_BUILD_WAIT_SECONDS = 60;
    private static final long FIRST_BUILD_RETRY_SECONDS = 5;
    /** The change stamp this index is known to reflect; -1 before the first build. */
    private long seenStamp = -1;

    @PostConstruct
    void open() {
        try {
            directory = new ByteBuffersDirectory();
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the index from the database and rebuilds it periodically; called once the schema is migrated. */
    public void buildAndKeepFresh() {
        long started = System.nanoTime();
        seenStamp = loader.stamp();
        rebuild();
        LOG.info(() -> "Catalogue index built: " + programs.size() + " published programs in "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
        long minutes = Long.parseLong(System.getenv().getOrDefault("TREMPLIN_CATALOG_REBUILD_MINUTES", "60"));
        background.repeat(scheduler, this::rebuildQuietly, minutes, minutes, TimeUnit.MINUTES);
        long millis = Long.parseLong(System.getenv().getOrDefault("TREMPLIN_CATALOG_STAMP_MILLIS", "1000"));
        background.repeat(scheduler, this::followStamp, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Rebuilds the index when the catalogue's change stamp moved since the index last reflected it: a change
     * committed on another server (this server's own changes were applied as they committed, see
     * {@link #refresh(Set, Set, long)}). The stamp is read before the rebuild, so a change committed during it
     * moves the stamp again and is read at the next turn.
     */
    void followStamp() {
        try {
            long stamp = loader.stamp();
            synchronized (this) {
                if (stamp == seenStamp) {
                    return;
                }
                rebuild();
                seenStamp = stamp;
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment: the next turn reads the stamp again.
            LOG.log(Level.FINE, "Catalogue change stamp not read", e);
        }
    }

    /**
     * As {@link #buildAndKeepFresh()}, on the scheduler's thread rather than the caller's; tried again every few
     * seconds while it fails (the database away at start-up). Searches meanwhile wait for it.
     */
    public void buildInBackgroundAndKeepFresh() {
        background.now(scheduler, this::buildOrRetry);
    }

    private void buildOrRetry() {
        try {
            buildAndKeepFresh();
        } catch (RuntimeException e) {
            if (background.stopped()) {
                // Closed under it: the deployment is going away, and the next one builds its own.
                LOG.log(Level.FINE, "Catalogue index build given up: the deployment is stopping", e);
                return;
            }
            LOG.log(Level.SEVERE, "Catalogue index not built; trying again in " + FIRST_BUILD_RETRY_SECONDS + " s", e);
            background.later(scheduler, this::buildOrRetry, FIRST_BUILD_RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void awaitFirstBuild() {
        try {
            if (!firstBuild.await(FIRST_BUILD_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warning("Catalogue index still not built: answering from what it holds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads every published program again. Programs are replaced one by one and the ones no longer public
     * removed last, so that searches running meanwhile never see an empty catalogue.
     */
    public synchronized void rebuild() {
        acceptingChanges = true;
        List<IndexedProgram> published = loader.allPublished();
        Set<Long> considered = new HashSet<>(programs.keySet());
        published.forEach(program -> considered.add(program.id()));
        replace(considered, published);
        firstBuild.countDown();
    }

    /**
     * Reads again the given programs and every program of the given school service centres, after a change to
     * them was committed. Before the first build there is nothing to update: the build reads everything.
     */
    public synchronized void refresh(Set<Long> programIds, Set<Long> tenantIds, long stamp) {
        refresh(programIds, tenantIds);
        // Nothing else committed between the last stamp seen and this change's: the index now reflects it.
        if (stamp == seenStamp + 1) {
            seenStamp = stamp;
        }
    }

    /** As {@link #refresh(Set, Set, long)}, for a change whose stamp is not known (tests). */
    public synchronized void refresh(Set<Long> programIds, Set<Long> tenantIds) {
        if (!acceptingChanges) {
            return;
        }
        Set<Long> considered = new HashSet<>(programIds);
        considered.addAll(loader.programIdsOf(tenantIds));
        replace(considered, loader.published(considered));
    }

    private void replace(Collection<Long> considered, List<IndexedProgram> published) {
        try {
            Set<Long> stillPublic = new HashSet<>();
            for (IndexedProgram program : published) {
                writer.updateDocument(key(program.id()), document(program));
                programs.put(program.id(), program);
                stillPublic.add(program.id());
            }
            for (Long id : considered) {
                if (!stillPublic.contains(id)) {
                    writer.deleteDocuments(key(id));
                    programs.remove(id);
                }
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rebuildQuietly() {
        try {
            rebuild();
        } catch (RuntimeException e) {
            // A failed rebuild leaves the index as it was (still updated on every change); the next one retries.
            LOG.log(Level.WARNING, "Catalogue index rebuild failed", e);
        }
    }

    /** One page of results with its facet counts, as seen on {@code today}. */
    public CatalogPage search(CatalogQuery query, LocalDate today) {
        return search(query, today, false);
    }

    /** The same, listed alphabetically by the English titles when {@code english}. */
    public CatalogPage search(CatalogQuery query, LocalDate today, boolean english) {
        awaitFirstBuild();
        Map<Long, Float> scores = scoresFor(query.text());
        if (scores == null) {
            return CatalogFacets.search(programs.values(), null, query, today, english);
        }
        List<IndexedProgram> found = new ArrayList<>(scores.size());
        for (Long id : scores.keySet()) {
            IndexedProgram program = programs.get(id);
            if (program != null) {
                found.add(program);
            }
        }
        return CatalogFacets.search(found, scores, query, today, english);
    }

    /**
     * The public programs that the typed text finds, as the catalogue's search finds them (a worker's name finds the
     * trade, "soudeuse" welding), the most relevant first, at most {@code most}: the information form's program
     * chooser. Read from memory, without a transaction.
     */
    public List<IndexedProgram> matching(String typed, int most) {
        awaitFirstBuild();
        Map<Long, Float> scores = scoresFor(typed);
        if (scores == null) {
            return List.of();
        }
        return scores.keySet().stream().map(programs::get).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparingDouble((IndexedProgram found) -> -scores.get(found.card().id()))
                        .thenComparing(found -> found.sortTitle()))
                .limit(most).toList();
    }

    /**
     * Those of the given programs that are public now, in the catalogue's alphabetical order; the others are left
     * out. Read from memory, without a transaction: the information form asks this on every display and post.
     */
    public List<IndexedProgram> published(Collection<Long> ids) {
        awaitFirstBuild();
        return ids.stream().distinct().map(programs::get).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(IndexedProgram::sortTitle)).toList();
    }

    /** How many programs the index holds (every published program of an active school service centre). */
    public int size() {
        return programs.size();
    }

    /**
     * The programs the typed text finds, with their relevance; {@code null} when nothing searchable was typed. When
     * the words as typed find few programs ({@link #FEW_FOUND}), the programs found with words a slip away are added,
     * always ranked after those found as typed: a visitor who typed "cuisine" correctly sees Cuisine before Cuisson.
     */
    private Map<Long, Float> scoresFor(String typed) {
        List<String> words = wordsOf(typed);
        if (words.isEmpty()) {
            return null;
        }
        Map<Long, Float> asTyped = scoresOf(textQuery(words, false));
        if (asTyped.size() >= FEW_FOUND || words.stream().allMatch(word -> slipsAllowed(word) == 0)) {
            return asTyped;
        }
        Map<Long, Float> tolerant = scoresOf(textQuery(words, true));
        // Above every tolerant score, so the programs found as typed come first whatever BM25 makes of the rest.
        float above = 1f + tolerant.values().stream().reduce(0f, Float::max);
        asTyped.forEach((id, score) -> tolerant.put(id, above + score));
        return tolerant;
    }

    private static List<String> wordsOf(String typed) {
        return Arrays.stream(SearchText.normalize(typed).split(" "))
                .filter(word -> word.length() >= SHORTEST_WORD).distinct().limit(MOST_WORDS).toList();
    }

    /**
     * How many letters of a word may differ (inserted, left out, replaced, or two swapped) for it to be taken as a slip
     * of the keyboard, as Lucene's own fuzzy search bounds it: none under four letters, one up to seven, two beyond.
     */
    static int slipsAllowed(String word) {
        if (word.length() < SHORTEST_TOLERANT_WORD || !word.chars().allMatch(Character::isLetter)) {
            return 0;
        }
        return word.length() < SHORTEST_WORD_WITH_TWO_SLIPS ? 1 : 2;
    }

    /**
     * Every typed word must begin a word of the program, in either language, or of where it is given (its centre, its
     * region); a whole word counts more than a prefix, and a word of the code or title more than one of the description,
     * which counts more than a place. When {@code tolerant}, a word may also be a slip away from a whole word of the
     * program ({@link #slipsAllowed}), counting less than any word found as typed.
     */
    private static Query textQuery(List<String> words, boolean tolerant) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            anyField.add(new BoostQuery(new TermQuery(new Term(TITLE, word)), 4f), BooleanClause.Occur.SHOULD);
            anyField.add(new BoostQuery(new PrefixQuery(new Term(TITLE, word)), 2f), BooleanClause.Occur.SHOULD);
            anyField.add(new TermQuery(new Term(TEXT, word)), BooleanClause.Occur.SHOULD);
            anyField.add(new PrefixQuery(new Term(TEXT, word)), BooleanClause.Occur.SHOULD);
            // A place typed beside the trade ("soudage laval", "welding montreal"): found, counting less than the trade.
            anyField.add(new BoostQuery(new TermQuery(new Term(PLACE, word)), 0.5f), BooleanClause.Occur.SHOULD);
            anyField.add(new BoostQuery(new PrefixQuery(new Term(PLACE, word)), 0.25f), BooleanClause.Occur.SHOULD);
            // Another spelling of the same trade ("soudeuse": "soudeur", "soudage"), found below the word typed.
            for (String other : otherSpellings(word)) {
                addSpelling(anyField, other, 1f);
            }
            int slips = slipsAllowed(word);
            if (tolerant && slips > 0) {
                // "soudrue": "soudure"; "cuisinne": "cuisine"; "electricte": "electricite"; "lectromecanique".
                addFuzzy(anyField, TITLE, word, slips, 0.5f);
                addFuzzy(anyField, TEXT, word, slips, 0.25f);
                addFuzzy(anyField, PLACE, word, slips, 0.1f);
                // A slip of a trade's name whose programs never write it so: "sodure" is "soudure", found as "soudage".
                for (String other : TradeNames.near(word, slips, firstLetterMaySlip(word))) {
                    addSpelling(anyField, other, 0.5f);
                }
            }
            all.add(anyField.build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    /**
     * The other words a typed word may stand for: its singular and masculine and the trade they name
     * ({@link SearchText#spellings}), and the words of the trade it names in the list of trades ({@link TradeNames}).
     */
    private static List<String> otherSpellings(String word) {
        Set<String> others = new LinkedHashSet<>(SearchText.spellings(word, SHORTEST_WORD));
        for (String spelling : List.copyOf(others)) {
            others.addAll(TradeNames.formsOf(spelling));
        }
        others.remove(word);
        return others.stream().filter(other -> other.length() >= SHORTEST_WORD).toList();
    }

    /** A spelling of six letters or more is found as a beginning ("soudeur": "soudeurs"), a shorter one whole. */
    private static void addSpelling(BooleanQuery.Builder anyField, String spelling, float weight) {
        boolean asPrefix = spelling.length() >= SearchText.SHORTEST_PREFIX_SPELLING;
        anyField.add(new BoostQuery(asPrefix ? new PrefixQuery(new Term(TITLE, spelling))
                : new TermQuery(new Term(TITLE, spelling)), weight), BooleanClause.Occur.SHOULD);
        anyField.add(new BoostQuery(asPrefix ? new PrefixQuery(new Term(TEXT, spelling))
                : new TermQuery(new Term(TEXT, spelling)), weight / 2), BooleanClause.Occur.SHOULD);
    }

    /**
     * A whole word a slip or two away after a first letter as typed ({@link #slipsAllowed}) and, in a word of six letters
     * or more, one slip on any letter, the first included ("lectromecanique", "oudure"). Two swapped letters are one
     * slip ("mecanqiue").
     */
    private static void addFuzzy(BooleanQuery.Builder anyField, String field, String word, int slips, float weight) {
        if (firstLetterMaySlip(word)) {
            anyField.add(new BoostQuery(new FuzzyQuery(new Term(field, word), 1, 0, FUZZY_EXPANSIONS, true), weight),
                    BooleanClause.Occur.SHOULD);
        }
        anyField.add(new BoostQuery(new FuzzyQuery(new Term(field, word), slips, UNTOUCHED_PREFIX, FUZZY_EXPANSIONS,
                true), weight), BooleanClause.Occur.SHOULD);
    }

    /** Whether a slip may fall on the first letter: not in a short word, where it makes another ("baker", "maker"). */
    private static boolean firstLetterMaySlip(String word) {
        return word.length() >= SHORTEST_WORD_WITH_FIRST_LETTER_SLIP;
    }

    private Map<Long, Float> scoresOf(Query query) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.search(query, new CollectorManager<ScoresById, Map<Long, Float>>() {
                    @Override
                    public ScoresById newCollector() {
                        return new ScoresById();
                    }

                    @Override
                    public Map<Long, Float> reduce(Collection<ScoresById> collectors) {
                        Map<Long, Float> all = new HashMap<>();
                        collectors.forEach(collector -> all.putAll(collector.scores));
                        return all;
                    }
                });
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects the relevance of every match by program id (a facet count needs them all, not a top ten). */
    private static final class ScoresById extends SimpleCollector {
        private final Map<Long, Float> scores = new HashMap<>();
        private NumericDocValues ids;
        private Scorable scorer;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            ids = DocValues.getNumeric(context.reader(), ID);
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (ids.advanceExact(doc)) {
                scores.put(ids.longValue(), scorer.score());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }

    private static Term key(long id) {
        return new Term(KEY, Long.toString(id));
    }

    private static Document document(IndexedProgram program) {
        Document document = new Document();
        document.add(new StringField(KEY, Long.toString(program.id()), Field.Store.NO));
        document.add(new NumericDocValuesField(ID, program.id()));
        document.add(new TextField(TITLE, program.titleText(), Field.Store.NO));
        document.add(new TextField(TEXT, program.searchText(), Field.Store.NO));
        document.add(new TextField(PLACE, placeText(program.card()), Field.Store.NO));
        return document;
    }

    /**
     * Where a program is given, as a visitor adds it to the words typed: its school service centre's names and its
     * region, in French and in English. The card shows them beside every result; without them "soudage laval" found
     * nothing, as if Laval offered no welding.
     */
    static String placeText(ProgramCard card) {
        String region = card.region() == null ? null : "region." + card.region().name();
        return SearchText.of(card.tenantNameFr(), card.tenantNameEn(),
                region == null ? null : ca.tremplin.kernel.Messages.get(java.util.Locale.FRENCH, region),
                region == null ? null : ca.tremplin.kernel.Messages.get(java.util.Locale.ENGLISH, region));
    }

    @PreDestroy
    void close() {
        background.stop();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the catalogue index", e);
        }
    }
}
