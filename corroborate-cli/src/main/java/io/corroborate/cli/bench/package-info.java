/** Bench commands: quality on the public labelled data and speed, printed as tables for README. */
package io.corroborate.cli.bench;
