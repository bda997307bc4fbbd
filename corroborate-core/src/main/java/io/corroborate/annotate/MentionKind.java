package io.corroborate.annotate;

/** How a mention refers: by name, by a description ("the Russian president"), or by a pronoun. */
public enum MentionKind { NAME, NOMINAL, PRONOUN }
