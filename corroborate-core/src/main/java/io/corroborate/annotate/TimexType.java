package io.corroborate.annotate;

/** TIMEX3 types. */
public enum TimexType { DATE, TIME, DURATION, SET }
