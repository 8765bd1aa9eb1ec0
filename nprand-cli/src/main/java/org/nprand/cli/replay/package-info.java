/**
 * {@code nprand replay}: the replay protocol (conformance/PROTOCOL.md). {@link
 * org.nprand.cli.replay.Replayer} reads cases and answers them; {@link
 * org.nprand.cli.replay.GeneratorTypes} makes each case's generator; one {@link
 * org.nprand.cli.replay.Dispatch} table per Python type ({@code RandomStateCalls},
 * {@code BitGeneratorCalls}, {@code SeedSequenceCalls}, {@code PyRandomCalls}) maps Python method
 * names to the library, binding arguments as Python does ({@link org.nprand.cli.replay.Args},
 * {@link org.nprand.cli.replay.Py}).
 */
package org.nprand.cli.replay;

import org.nprand.internal.py.Args;

import org.nprand.internal.py.Py;
