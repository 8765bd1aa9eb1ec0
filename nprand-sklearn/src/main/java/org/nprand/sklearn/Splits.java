package org.nprand.sklearn;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * What {@code split()} returns: scikit-learn's generator of (train, test) index arrays.
 *
 * <p>As in scikit-learn the work is lazy: validation, {@code check_random_state} and the draws
 * happen when iteration starts (the first {@code hasNext()}), and the shuffle-split splitters draw
 * one split at a time, so draws made on a shared {@code RandomState} between two splits change the
 * later ones exactly as in Python. Each {@link #iterator()} is a fresh generator over the same
 * arguments, i.e. the same as calling {@code split()} again: with an int seed every iteration gives
 * the same splits, with a shared {@code RandomState} each continues its stream.
 */
public final class Splits implements Iterable<Split> {

    private final Supplier<Iterator<Split>> source;

    Splits(Supplier<Iterator<Split>> source) {
        this.source = source;
    }

    @Override
    public Iterator<Split> iterator() {
        return source.get();
    }

    /** Runs one iteration to the end: {@code list(cv.split(...))}. */
    public List<Split> toList() {
        List<Split> out = new ArrayList<>();
        for (Split s : this) {
            out.add(s);
        }
        return out;
    }

    /** One iteration as a stream. */
    public Stream<Split> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    /**
     * A Python generator as an iterator: {@link #advance()} computes the next split (null at the
     * end); the first call does the generator's set-up. An exception ends the generator, as in
     * Python.
     */
    abstract static class Generator implements Iterator<Split> {
        private Split pending;
        private boolean ready;
        private boolean done;

        /** The next split, or null when the generator is exhausted. */
        protected abstract Split advance();

        @Override
        public final boolean hasNext() {
            if (done) {
                return false;
            }
            if (!ready) {
                try {
                    pending = advance();
                } catch (RuntimeException e) {
                    done = true;
                    throw e;
                }
                ready = true;
                if (pending == null) {
                    done = true;
                }
            }
            return pending != null;
        }

        @Override
        public final Split next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            Split s = pending;
            pending = null;
            return s;
        }
    }

    /** A generator over splits computed all at once when iteration starts. */
    static Iterator<Split> computedAtStart(Supplier<List<Split>> all) {
        return new Generator() {
            private Iterator<Split> it;

            @Override
            protected Split advance() {
                if (it == null) {
                    it = all.get().iterator();
                }
                return it.hasNext() ? it.next() : null;
            }
        };
    }
}
