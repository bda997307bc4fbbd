/** Summary: the best-supported claims as verbatim sentences citing their articles; never generated text. */
package io.corroborate.corroborate.summary;
