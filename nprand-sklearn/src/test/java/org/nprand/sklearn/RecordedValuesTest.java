package org.nprand.sklearn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nprand.numpy.NpRandom;
import org.nprand.numpy.RandomState;

/**
 * nprand-sklearn against answers recorded from scikit-learn itself ({@code recorded.txt}:
 * 1.9.1 and 1.6.1 over NumPy 2.4.6, 1.2.1 over NumPy 1.24.2): one dynamic test per record.
 */
class RecordedValuesTest {

    private static final long[] SG_Y = {0, 1, 1, 0, 2, 2, 1, 0, 1, 1, 0, 2, 1, 0, 0, 1, 2, 1, 1, 0, 0, 1, 2, 2, 1, 0, 1, 0, 0, 1};
    private static final long[] SG_G = {0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

    private static long[] tieGroups() {
        return Recorded.parseLongs(Recorded.payload("1.9.1-input-TIE_GROUPS"));
    }

    private static String tts(TrainTestSplit t, Object... arrays) {
        List<String> out = new ArrayList<>();
        for (Object a : t.splitArrays(java.util.Arrays.asList(arrays)).arrays()) {
            out.add(Recorded.ints((long[]) a));
        }
        return Recorded.json(out);
    }

    private static long[] arange(int n) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    private static String warnings(Function<org.nprand.numpy.WarningHandler, Object> f) {
        List<String> got = new ArrayList<>();
        f.apply((c, m) -> got.add(c + ": " + m));
        return Recorded.json(String.join(" || ", got));
    }

    /** Recipes for every release: the same as the recorder's ALL_VERSIONS. */
    private static Map<String, Supplier<String>> allVersions(SklearnVersion v) {
        Map<String, Supplier<String>> m = new LinkedHashMap<>();
        m.put("GroupKFold-ties", () -> Recorded.splits(new GroupKFold(3).compat(v)
                .split(tieGroups().length, null, Labels.of(tieGroups()))));
        m.put("StratifiedGroupKFold-shuffle", () -> Recorded.splits(new StratifiedGroupKFold(3, true, 0).compat(v)
                .split(30, Labels.of(SG_Y), Labels.of(SG_G))));
        m.put("StratifiedGroupKFold", () -> Recorded.splits(new StratifiedGroupKFold(3).compat(v)
                .split(30, Labels.of(SG_Y), Labels.of(SG_G))));
        m.put("KFold-5-42", () -> Recorded.splits(new KFold(5, true, 42).compat(v).split(10)));
        m.put("tts-02-42", () -> tts(new TrainTestSplit().testSize(0.2).randomState(42).compat(v), arange(10)));
        m.put("tts-test_size-1.5", () -> Recorded.error(() -> new TrainTestSplit().testSize(1.5).compat(v).split(arange(10))));
        m.put("ShuffleSplit-test_size-1.5", () -> Recorded.error(() -> new ShuffleSplit(10, Size.of(1.5), Size.NONE, null)
                .compat(v).split(10).iterator().next()));
        long[] oneMember = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        m.put("SSS-one-member", () -> Recorded.error(() -> new StratifiedShuffleSplit(10, Size.of(0.3), Size.NONE, null)
                .compat(v).split(Labels.of(oneMember)).iterator().next()));
        m.put("resample-n_samples-0", () -> Recorded.error(() -> Resample.resample().nSamples(0).randomState(0).compat(v)
                .apply(arange(4))));
        m.put("KFold-groups", () -> warnings(h -> new KFold(2).compat(v).setWarningHandler(h)
                .split(4, null, Labels.of(new int[] {1, 1, 2, 2})).toList()));
        return m;
    }

    /** Recipes recorded with 1.9.1 only: the recorder's LATEST. */
    private static Map<String, Supplier<String>> latest() {
        Map<String, Supplier<String>> m = new LinkedHashMap<>();
        int[] y12 = {0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2};
        m.put("SKF-3-0", () -> Recorded.splits(new StratifiedKFold(3, true, 0).split(Labels.of(y12))));
        m.put("SKF-3-0-renamed", () -> Recorded.splits(new StratifiedKFold(3, true, 0)
                .split(Labels.of("z", "z", "z", "z", "a", "a", "a", "a", "a", "m", "m", "m"))));
        m.put("SKF-noshuffle", () -> Recorded.splits(new StratifiedKFold(3).split(Labels.of(new int[] {2, 0, 1, 0, 2, 1, 1, 0, 2, 0, 1, 1}))));
        m.put("SKF-warning", () -> warnings(h -> new StratifiedKFold(3).setWarningHandler(h)
                .split(6, Labels.of(new int[] {0, 0, 0, 0, 0, 1})).toList()));
        m.put("SKF-continuous", () -> Recorded.error(() -> new StratifiedKFold(3)
                .split(Labels.of(new double[] {0.5, 1, 2, 3, 4, 5})).toList()));
        m.put("SKF-too-small", () -> Recorded.error(() -> new StratifiedKFold(3)
                .split(Labels.of(new int[] {0, 0, 1, 1, 2, 2})).toList()));
        // a shared RandomState: the second split() continues the stream, and so do later draws
        RandomState rs = new RandomState(0);
        KFold shared = new KFold(3, true, rs);
        m.put("KFold-shared-1", () -> Recorded.splits(shared.split(7)));
        m.put("KFold-shared-2", () -> Recorded.splits(shared.split(7)));
        m.put("KFold-after-shared", () -> Recorded.ints(rs.randint(0, 1000, 3)));
        m.put("KFold-global", () -> {
            NpRandom.seed(7);
            return Recorded.splits(new KFold(3, true).split(7));
        });
        m.put("ShuffleSplit", () -> Recorded.splits(new ShuffleSplit(3, 0.25, 0).split(8)));
        m.put("ShuffleSplit-sizes", () -> Recorded.splits(new ShuffleSplit(2, Size.of(3), Size.of(0.5), RandomStateParam.seed(5)).split(10)));
        m.put("ShuffleSplit-rounding-test", () -> Recorded.splits(new ShuffleSplit(1, 0.07, 0).split(100)));
        m.put("ShuffleSplit-rounding-train", () -> Recorded.splits(new ShuffleSplit(1, Size.NONE, Size.of(0.29), RandomStateParam.seed(0)).split(100)));
        m.put("SSS", () -> Recorded.splits(new StratifiedShuffleSplit(2, 0.3, 1).split(Labels.of(new int[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2}))));
        m.put("SSS-strings", () -> Recorded.splits(new StratifiedShuffleSplit(2, 0.3, 1)
                .split(Labels.of("b", "b", "b", "b", "b", "b", "a", "a", "a", "c", "c", "c"))));
        int[] g12 = {5, 5, 1, 1, 1, 9, 9, 2, 2, 7, 7, 7};
        m.put("GroupShuffleSplit", () -> Recorded.splits(new GroupShuffleSplit(2, 0.3, 3).split(12, null, Labels.of(g12))));
        m.put("RepeatedKFold", () -> Recorded.splits(new RepeatedKFold(2, 2, 0).split(6)));
        m.put("RepeatedStratifiedKFold", () -> Recorded.splits(new RepeatedStratifiedKFold(2, 2, 0)
                .split(Labels.of(new int[] {0, 0, 0, 0, 1, 1, 1, 1}))));
        m.put("GroupKFold-shuffle", () -> Recorded.splits(new GroupKFold(3, true, 0).split(12, null, Labels.of(g12))));
        m.put("TimeSeriesSplit", () -> Recorded.splits(new TimeSeriesSplit(3, null, null, 1).split(10)));
        m.put("TimeSeriesSplit-max", () -> Recorded.splits(new TimeSeriesSplit(3, 3, 2, 0).split(12)));
        m.put("LeaveOneOut", () -> Recorded.splits(new LeaveOneOut().split(3)));
        m.put("LeavePOut", () -> Recorded.splits(new LeavePOut(2).split(4)));
        m.put("LeavePOut-count", () -> Recorded.json(new LeavePOut(50).getNSplitsExact(100).toString()));
        m.put("LeaveOneGroupOut", () -> Recorded.splits(new LeaveOneGroupOut().split(6, null, Labels.of("b", "a", "b", "c", "a", "c"))));
        m.put("LeavePGroupsOut", () -> Recorded.splits(new LeavePGroupsOut(2).split(6, null, Labels.of(new int[] {3, 1, 3, 2, 1, 2}))));
        m.put("LeavePGroupsOut-too-few", () -> Recorded.error(() -> new LeavePGroupsOut(2)
                .split(4, null, Labels.of("a", "b", "b", "a")).toList()));
        m.put("PredefinedSplit", () -> Recorded.splits(new PredefinedSplit(new int[] {0, 1, -1, 1, 0, 2}).split()));
        long[] twice = new long[20];
        for (int i = 0; i < 20; i++) {
            twice[i] = 2L * i;
        }
        m.put("tts-sizes", () -> tts(new TrainTestSplit().testSize(3).trainSize(0.5).randomState(9), arange(20), twice));
        m.put("tts-noshuffle", () -> tts(new TrainTestSplit().testSize(0.3).shuffle(false), arange(10)));
        m.put("tts-stratify", () -> tts(new TrainTestSplit().testSize(0.25).randomState(0)
                .stratify(Labels.of(new int[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2})), arange(12)));
        m.put("tts-rounding", () -> tts(new TrainTestSplit().testSize(0.07).randomState(0), arange(100)));
        m.put("resample", () -> Recorded.ints(Resample.resample().randomState(0).indices(10)));
        m.put("resample-noreplace", () -> Recorded.ints(Resample.resample().replace(false).nSamples(5).randomState(0).indices(10)));
        Labels s12 = Labels.of(new int[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2});
        m.put("resample-stratify", () -> Recorded.ints(Resample.resample().nSamples(6).randomState(0).stratify(s12).indices(12)));
        m.put("resample-stratify-noreplace", () -> Recorded.ints(Resample.resample().replace(false).nSamples(6).randomState(0)
                .stratify(s12).indices(12)));
        m.put("shuffle", () -> Recorded.ints((long[]) Resample.shuffle().randomState(0).apply(arange(10)).array(0)));
        m.put("shuffle-n", () -> Recorded.ints(Resample.shuffle().randomState(0).nSamples(4).indices(10)));
        m.put("tts-sum", () -> Recorded.error(() -> new TrainTestSplit().testSize(0.6).trainSize(0.6).split(arange(10))));
        m.put("tts-empty-train", () -> Recorded.error(() -> new TrainTestSplit().split(arange(1))));
        m.put("tts-stratify-noshuffle", () -> Recorded.error(() -> new TrainTestSplit().shuffle(false)
                .stratify(Labels.of(new int[] {0, 1, 0, 1})).split(arange(4))));
        m.put("tts-random-state", () -> Recorded.error(() -> new TrainTestSplit().randomState(-1).split(arange(4))));
        m.put("KFold-seed", () -> Recorded.error(() -> new KFold(2, true, 1L << 32).split(4).toList()));
        m.put("KFold-random-state-no-shuffle", () -> Recorded.error(() -> new KFold(3, false, 0)));
        m.put("resample-too-many", () -> Recorded.error(() -> Resample.resample().replace(false).nSamples(5).apply(arange(4))));
        return m;
    }

    @TestFactory
    Stream<DynamicTest> agreesWithScikitLearn() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SklearnVersion v : SklearnVersion.values()) {
            String release = v == SklearnVersion.V1_9 ? "1.9.1" : v == SklearnVersion.V1_6 ? "1.6.1" : "1.2.1";
            for (Map.Entry<String, Supplier<String>> e : allVersions(v).entrySet()) {
                String id = release + "-" + e.getKey();
                tests.add(DynamicTest.dynamicTest(id, () -> assertEquals(Recorded.payload(id), e.getValue().get(), id)));
            }
        }
        for (Map.Entry<String, Supplier<String>> e : latest().entrySet()) {
            String id = "1.9.1-" + e.getKey();
            tests.add(DynamicTest.dynamicTest(id, () -> assertEquals(Recorded.payload(id), e.getValue().get(), id)));
        }
        return tests.stream();
    }
}
