package io.corroborate.corroborate.conflict;

/**
 * A judgement on two observations from different articles that speak of the same slot.
 *
 * @param a        index of one observation
 * @param b        index of the other
 * @param relation whether their values agree, differ only in form, or disagree
 * @param strength 0..1, how sure the alignment and the judgement are
 */
record Edge(int a, int b, Relation relation, double strength) {
    enum Relation { SAME, VARIANT, CONFLICT }
}
