package org.nprand.internal.nd;

/**
 * NumPy's multi-iterator ({@code PyArray_MultiIterNew}) over a broadcast shape: walks the
 * iteration shape in C order and keeps, for each operand, the flat offset of the element that
 * broadcasts to the current position (stride 0 along the axes where the operand has length 1
 * or is missing). One instance per call; {@link #next()} is allocation-free.
 */
public final class MultiIter {

    private final int[] shape;
    private final int[][] strides;
    private final int[] index;
    private final int[] offsets;

    /**
     * @param shape the iteration shape (the broadcast of the operands' shapes)
     * @param operandShapes the operands' shapes, each broadcastable to {@code shape}
     */
    public MultiIter(int[] shape, int[]... operandShapes) {
        this.shape = shape.clone();
        int nd = shape.length;
        this.strides = new int[operandShapes.length][nd];
        for (int k = 0; k < operandShapes.length; k++) {
            int[] s = operandShapes[k];
            int stride = 1;
            for (int i = s.length - 1; i >= 0; i--) {
                int axis = i + nd - s.length;
                strides[k][axis] = s[i] == 1 ? 0 : stride;
                stride *= s[i];
            }
        }
        this.index = new int[nd];
        this.offsets = new int[operandShapes.length];
    }

    /** The flat offset of operand {@code k}'s element at the current position. */
    public int offset(int k) {
        return offsets[k];
    }

    /** The length of the innermost axis (1 for a 0-d iteration). */
    public int innerLength() {
        return shape.length == 0 ? 1 : shape[shape.length - 1];
    }

    /** Operand {@code k}'s flat stride along the innermost axis (0 where it broadcasts). */
    public int innerStride(int k) {
        return shape.length == 0 ? 0 : strides[k][shape.length - 1];
    }

    /**
     * Moves to the start of the next innermost row (the offsets stay at the row's first element
     * while the caller walks the row with {@link #innerStride}).
     */
    public void nextRow() {
        advance(shape.length - 2);
    }

    /** Moves to the next position in C order ({@code PyArray_MultiIter_NEXT}). */
    public void next() {
        advance(shape.length - 1);
    }

    /** The odometer step from axis {@code last} outwards. */
    private void advance(int last) {
        for (int d = last; d >= 0; d--) {
            index[d]++;
            if (index[d] < shape[d]) {
                for (int k = 0; k < offsets.length; k++) {
                    offsets[k] += strides[k][d];
                }
                return;
            }
            index[d] = 0;
            for (int k = 0; k < offsets.length; k++) {
                offsets[k] -= strides[k][d] * (shape[d] - 1);
            }
        }
    }
}
