/** Quote provenance: the same quote across articles, each copy verbatim, trimmed or altered, with its credits. */
package io.corroborate.corroborate.provenance;
