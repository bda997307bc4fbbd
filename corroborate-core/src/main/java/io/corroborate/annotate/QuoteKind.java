package io.corroborate.annotate;

/** Direct: whole quotation in marks; partial: a quoted fragment inside a sentence; indirect: reported speech. */
public enum QuoteKind { DIRECT, PARTIAL, INDIRECT }
