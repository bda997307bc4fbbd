package io.corroborate.render;

import io.corroborate.corroborate.Dossier;
import java.io.IOException;
import java.io.Writer;

/** Writes a dossier in one format. */
public interface DossierRenderer {
    void render(Dossier dossier, Writer out) throws IOException;
}
