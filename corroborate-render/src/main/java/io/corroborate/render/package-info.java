/** Writes dossiers and annotations: JSON (the documented schema), Markdown, and one self-contained HTML page. */
package io.corroborate.render;
