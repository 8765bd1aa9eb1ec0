/**
 * NumPy's random streams generated in independent chunks (on all cores of one machine, or on the
 * tasks of a cluster), equal bit for bit to NumPy's one sequential call
 * {@code Generator(BG(seed)).method(*params, size=n)}, whatever the chunks.
 *
 * <h2>The pieces</h2>
 * <ul>
 *   <li>{@link org.nprand.parallel.StreamSpec}: what to draw (bit generator, seed, method with
 *       scalar parameters, optionally a block size), immutable and serializable;</li>
 *   <li>{@link org.nprand.parallel.IndexedStream}: the first {@code n} elements; any chunk
 *       {@code [a, b)} is generated on its own;</li>
 *   <li>{@link org.nprand.parallel.ScanPlan} and {@link org.nprand.parallel.BlockSummary}: the
 *       scan's plan, made on one thread, several, or a cluster (summaries computed by tasks, the
 *       fix-up on the driver);</li>
 *   <li>{@link org.nprand.parallel.ParallelFill}: fill an array on several threads.</li>
 * </ul>
 *
 * <h2>Three modes</h2>
 * <ul>
 *   <li><b>Seek</b> ({@link org.nprand.parallel.Mode#SEEK}), for methods that take a fixed number
 *       of raw draws per element: {@code random}, {@code random(dtype=float32)}, {@code uniform},
 *       {@code triangular}, {@code standard_exponential(method='inv')} (float64 and float32),
 *       {@code integers} over a power-of-two number of values (Lemire's method never rejects
 *       then), {@code bytes}, and any call that draws nothing for its parameters (e.g.
 *       {@code integers(5, 6)}, {@code binomial(0, p)}). A chunk positions its generator at its
 *       first draw: {@code advance} for PCG64 and PCG64DXSM, counter arithmetic for Philox (word
 *       {@code w} is lane {@code w % 4} of the block at counter {@code 1 + w / 4}), and for 32-bit
 *       draws an odd position leaves the high half in the {@code has_uint32} buffer as NumPy
 *       would.</li>
 *   <li><b>Scan</b> ({@link org.nprand.parallel.Mode#SCAN}), exact, for every other method with
 *       scalar parameters (normal, exponential, gamma and the distributions built on them,
 *       Poisson, binomial, general {@code integers}, ...): pass 1 parses fixed blocks of the raw
 *       stream ({@link org.nprand.parallel.ScanPlan#BLOCK_UNITS} units, a library constant) as if
 *       an element began at each block's start; a sequential fix-up finds each block's true first
 *       element, re-parsing a block from its true entry until the re-parse meets the logged
 *       starts of the first parse, or to the block's end when it never does (the fallback); pass 2
 *       generates. The thread fill fuses the passes: regions are generated speculatively into
 *       buffers and joined in order.</li>
 *   <li><b>Blocked</b> ({@link org.nprand.parallel.Mode#BLOCKED}), a documented different stream,
 *       for any bit generator (MT19937 and SFC64 included) and any method: block {@code b} of
 *       {@code B} elements is drawn by {@code Generator(BG(SeedSequence(entropy,
 *       spawn_key=spawn_key + (b,))))}. In NumPy (see
 *       {@link org.nprand.parallel.StreamSpec#numpyCode}):
 *       <pre>
 * ss = np.random.SeedSequence(12345)
 * blocks = [np.random.Generator(np.random.SFC64(c)).standard_normal(size=min(B, N - b * B))
 *           for b, c in enumerate(ss.spawn(-(-N // B)))]
 * out = np.concatenate(blocks)</pre></li>
 * </ul>
 * <b>RandomState</b> ({@link org.nprand.parallel.StreamSpec#randomState()},
 * {@link org.nprand.parallel.RandomStateSpec}): NumPy's legacy methods in blocked mode, block
 * {@code b} drawn by {@code RandomState(BG(SeedSequence(entropy, spawn_key=spawn_key + (b,))))}, a
 * fresh RandomState per block, through RandomState's own public calls; its sequential stream
 * cannot be cut (every plan raises {@code UnsupportedOperationException}, pointing to
 * {@code blocked}). {@link org.nprand.parallel.MultivariateNormalSpec}: {@code multivariate_normal}
 * with each of its methods, sequential (scan mode of the normals) or blocked.
 *
 * <p>MT19937 and SFC64 cannot seek (NumPy has no arbitrary jump-ahead for them), so their sequential
 * stream has no seek or scan mode: use blocked mode. {@code integers} with a dtype narrower than
 * 32 bits is blocked-only too (NumPy cuts its words through a buffer that lives for one call).
 *
 * <h2>The same numbers on every JVM</h2>
 * The kernels use nprand's pure-Java glibc libm (never {@link java.lang.Math}'s, never the
 * platform's), pinned to one variant ({@code -Dnprand.libm}); a spec records the variant of the
 * JVM it was made on, and every chunk and summary checks, before drawing, that its JVM computes
 * that variant and reproduces glibc on a few vectors, failing fast otherwise.
 * {@code vonmises} calls {@code cos}/{@code acos}, glibc-exact only with nprand-libm-lgpl on the
 * path: give every JVM the same setup.
 */
package org.nprand.parallel;
