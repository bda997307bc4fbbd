/** The shared model of every stage: verbatim article text and half-open char spans into it. */
package io.corroborate.text;
