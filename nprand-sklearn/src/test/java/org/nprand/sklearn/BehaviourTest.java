package org.nprand.sklearn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;
import org.nprand.numpy.RandomState;

/**
 * The documented behaviour of the Java API: where errors are raised, laziness, how the random
 * state is resolved, warnings, label order, result shapes. Numbers themselves are checked
 * against scikit-learn in {@link RecordedValuesTest} and the conformance suites.
 */
class BehaviourTest {

    @Test
    void constructorChecksAreScikitLearns() {
        ValueError e = assertThrows(ValueError.class, () -> new KFold(1));
        assertEquals("k-fold cross-validation requires at least one train/test split by setting n_splits=2 or more, got n_splits=1.",
                e.getMessage());
        e = assertThrows(ValueError.class, () -> new StratifiedKFold(3, false, 42));
        assertTrue(e.getMessage().startsWith("Setting a random_state has no effect since shuffle is False."));
        e = assertThrows(ValueError.class, () -> new RepeatedKFold(3, 0, 1));
        assertEquals("Number of repetitions must be greater than 0.", e.getMessage());
    }

    @Test
    void splitIsLazyLikeAGenerator() {
        Splits s = new KFold(11).split(10);                 // no error yet
        Iterator<Split> it = s.iterator();
        ValueError e = assertThrows(ValueError.class, it::hasNext);
        assertEquals("Cannot have number of splits n_splits=11 greater than the number of samples: n_samples=10.", e.getMessage());
        assertFalse(it.hasNext());                          // a generator that raised is finished
        // checks scikit-learn makes before returning its generator are eager
        assertThrows(TypeError.class, () -> new StratifiedKFold(3).split(10, null, null));
    }

    @Test
    void intSeedGivesTheSameSplitsEveryTimeAnInstanceAdvances() {
        KFold seeded = new KFold(4, true, 123);
        assertEquals(seeded.split(20).toList(), seeded.split(20).toList());
        Splits once = seeded.split(20);
        assertEquals(once.toList(), once.toList());         // each iteration re-runs the generator
        KFold shared = new KFold(4, true, new RandomState(123));
        List<Split> first = shared.split(20).toList();
        assertEquals(seeded.split(20).toList(), first);     // RandomState(123) at first, as the int seed
        assertNotEquals(first, shared.split(20).toList());  // then the stream continues
    }

    @Test
    void shuffleSplitDrawsOneSplitAtATime() {
        RandomState rs = new RandomState(5);
        RandomState copy = new RandomState(5);
        Iterator<Split> it = new ShuffleSplit(3, Size.of(0.2), Size.NONE, RandomStateParam.of(rs)).split(10).iterator();
        Split first = it.next();
        rs.randint(0, 10);                                  // a draw between two splits ...
        Split second = it.next();
        Iterator<Split> undisturbed = new ShuffleSplit(3, Size.of(0.2), Size.NONE, RandomStateParam.of(copy)).split(10).iterator();
        assertEquals(first, undisturbed.next());
        assertNotEquals(second, undisturbed.next());        // ... changes the next one, as in NumPy
    }

    @Test
    void warningsGoToTheHandlerNotToStandardError() {
        List<String> seen = new ArrayList<>();
        new StratifiedKFold(3).setWarningHandler((c, m) -> seen.add(c + ": " + m))
                .split(Labels.of(new int[] {0, 0, 0, 0, 0, 1})).toList();
        assertEquals(List.of("UserWarning: The least populated class in y has only 1 members, which is less than n_splits=3."), seen);
        seen.clear();
        CrossValidator.setDefaultWarningHandler((c, m) -> seen.add(m));
        try {
            new KFold(2).split(4, null, Labels.of(new int[] {1, 1, 2, 2})).toList();
            new KFold(2).compat(SklearnVersion.V1_2).split(4, null, Labels.of(new int[] {1, 1, 2, 2})).toList();
        } finally {
            CrossValidator.setDefaultWarningHandler(null);
        }
        assertEquals(List.of("The groups parameter is ignored by KFold"), seen);   // not in 1.2
    }

    @Test
    void releases() {
        assertSame(SklearnVersion.V1_6, SklearnVersion.of("1.6.1"));
        assertSame(SklearnVersion.V1_6, SklearnVersion.of("1.7.2"));
        assertSame(SklearnVersion.V1_2, SklearnVersion.of("1.2.1"));
        assertSame(SklearnVersion.V1_9, SklearnVersion.of("1.9.1"));
        assertThrows(IllegalArgumentException.class, () -> SklearnVersion.of("1.8.0"));
        assertThrows(IllegalArgumentException.class, () -> SklearnVersion.of("0.24"));
        assertSame(NumpyArgsort.INTROSORT, new GroupKFold(3).compat(SklearnVersion.V1_2).argsort());
        assertSame(NumpyArgsort.X86_SIMD_SORT_AVX512, new GroupKFold(3).compat(SklearnVersion.V1_6).argsort());
        assertSame(NumpyArgsort.INTROSORT, new GroupKFold(3).argsort(NumpyArgsort.INTROSORT).argsort());
        TypeError e = assertThrows(TypeError.class, () -> new GroupKFold(2, true, 0).compat(SklearnVersion.V1_2)
                .split(4, null, Labels.of(new int[] {1, 2, 3, 4})).toList());
        assertEquals("GroupKFold.__init__() got an unexpected keyword argument 'shuffle'", e.getMessage());
    }

    @Test
    void labelsSortAsNumpySortsThem() {
        // code points: U+FFFF before U+1D11E (Java's UTF-16 order would put the surrogate pair first)
        assertEquals(List.of("B", "a", "\uffff", "\ud834\udd1e"), Labels.of("\ud834\udd1e", "a", "\uffff", "B").unique().values);
        assertEquals(List.of(-3.0, 0.5, Double.NaN), Labels.of(new double[] {0.5, Double.NaN, -3, Double.NaN}).unique().values);
        assertEquals(List.of(false, true), Labels.of(new boolean[] {true, false, true}).unique().values);
        assertEquals(List.of(-7L, 2L, 40L), Labels.of(new Comparable<?>[] {40, 2, -7, 2}).unique().values);
        Labels dates = Labels.of(new Comparable<?>[] {LocalDate.of(2024, 5, 1), LocalDate.of(2023, 1, 1), LocalDate.of(2024, 5, 1)});
        assertArrayEquals(new int[] {1, 0, 1}, dates.unique().inverse);
        // an object array: groups work, a stratified target is 'unknown'
        assertEquals(2, new GroupKFold(2).split(3, null, dates).toList().size());
        ValueError e = assertThrows(ValueError.class, () -> new StratifiedKFold(2).split(dates).toList());
        assertEquals("Supported target types are: ('binary', 'multiclass'). Got 'unknown' instead.", e.getMessage());
        assertEquals(List.of("1", "2.5", "a"), Labels.of(List.of(2.5, "a", 1L)).unique().values);   // np.asarray of a list
    }

    @Test
    void trainTestSplitKeepsTheArrayTypes() {
        double[][] x = new double[10][];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            x[i] = new double[] {i, -i};
            names.add("n" + i);
        }
        int[] y = {0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
        TrainTestSplit.Result r = new TrainTestSplit().testSize(0.3).randomState(0).split(x, y, names);
        assertEquals(6, r.arrays().size());
        double[][] xTest = r.test(0);
        int[] yTrain = r.train(1);
        List<String> namesTest = r.test(2);
        int[] test = r.testIndices();
        assertEquals(3, test.length);
        assertEquals(7, yTrain.length);
        for (int i = 0; i < test.length; i++) {
            assertSame(x[test[i]], xTest[i]);
            assertEquals("n" + test[i], namesTest.get(i));
        }
        assertArrayEquals(test, new TrainTestSplit().testSize(0.3).randomState(0).split(10).testIndices());
        double[][] xTrainAlone = new TrainTestSplit().testSize(0.3).randomState(0).split(x).train(0);   // a lone double[][]
        assertEquals(7, xTrainAlone.length);
        assertEquals(6, new TrainTestSplit().randomState(0).splitArrays(List.of(x, y, names)).arrays().size());
        ValueError e = assertThrows(ValueError.class, () -> new TrainTestSplit().split(x, new int[9]));
        assertEquals("Found input variables with inconsistent numbers of samples: [10, 9]", e.getMessage());
    }

    @Test
    void resampleAndShuffle() {
        assertNull(Resample.resample().randomState(0).apply());
        long[] data = {10, 11, 12, 13, 14};
        Resample.Result r = Resample.shuffle().randomState(3).apply(data, List.of("a", "b", "c", "d", "e"));
        int[] idx = r.indices();
        long[] shuffled = r.array(0);
        List<String> letters = r.array(1);
        for (int i = 0; i < idx.length; i++) {
            assertEquals(data[idx[i]], shuffled[i]);
            assertEquals(String.valueOf((char) ('a' + idx[i])), letters.get(i));
        }
        assertEquals(8, Resample.resample().nSamples(8).randomState(1).indices(5).length);   // with replacement
        ValueError e = assertThrows(ValueError.class, () -> Resample.shuffle().nSamples(8).indices(5));
        assertEquals("Cannot sample 8 out of arrays with dim 5 when replace is False", e.getMessage());
    }

    @Test
    void getNSplits() {
        assertEquals(5, new KFold().getNSplits());
        assertEquals(12, new RepeatedStratifiedKFold(4, 3, 0).getNSplits());
        assertEquals(7, new LeaveOneOut().getNSplits(7));
        ValueError e = assertThrows(ValueError.class, () -> new LeaveOneOut().getNSplits());
        assertEquals("The 'X' parameter should not be None.", e.getMessage());
        assertEquals("184756", new LeavePOut(10).getNSplitsExact(20).toString());
        assertEquals(3, new LeaveOneGroupOut().getNSplits(Labels.of("x", "y", "z", "x")));
        assertEquals(3, new LeavePGroupsOut(2).getNSplitsExact(Labels.of("x", "y", "z", "x")).intValue());
        assertEquals(2, new PredefinedSplit(new int[] {-1, 4, 4, 0}).getNSplits());
    }

    @Test
    void splitsAreValues() {
        Split a = new Split(new int[] {1, 2}, new int[] {0});
        assertEquals(a, new Split(new int[] {1, 2}, new int[] {0}));
        assertEquals(a.hashCode(), new Split(new int[] {1, 2}, new int[] {0}).hashCode());
        assertEquals("Split[train=[1, 2], test=[0]]", a.toString());
        assertEquals("KFold(n_splits=5, random_state=None, shuffle=False)", new KFold().toString());
    }
}
