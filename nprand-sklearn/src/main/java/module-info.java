/**
 * nprand-sklearn: scikit-learn's data splits on the JVM, index for index, over nprand's
 * {@code RandomState}.
 *
 * <ul>
 *   <li>{@code TrainTestSplit}, {@code Resample} (scikit-learn's {@code utils.resample} and
 *       {@code utils.shuffle}), and the cross-validation splitters of
 *       {@code sklearn.model_selection} ({@code KFold}, {@code StratifiedKFold}, ...);</li>
 *   <li>{@code SklearnPython}: the same behind scikit-learn's Python signatures, over Python-like
 *       Java values, for binders such as {@code nprand replay}.</li>
 * </ul>
 */
module org.nprand.sklearn {
    requires transitive org.nprand.core;

    exports org.nprand.sklearn;
}
