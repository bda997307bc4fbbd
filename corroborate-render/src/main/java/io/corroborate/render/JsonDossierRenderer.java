package io.corroborate.render;

import io.corroborate.corroborate.Dossier;
import java.io.IOException;
import java.io.Writer;

/** The dossier as pretty-printed JSON; the schema is documented in docs/dossier-schema.md. */
public final class JsonDossierRenderer implements DossierRenderer {
    @Override
    public void render(Dossier dossier, Writer out) throws IOException {
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out, dossier);
    }
}
