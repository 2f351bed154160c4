package io.wasmfit.analyzer.facts;

import java.io.Serializable;
import java.util.List;

/**
 * Everything the analysis needs from one parsed Java file. The syntax tree is dropped after
 * extraction, so a large repository fits in memory and facts can be cached by content hash.
 *
 * @param path            relative to the workspace root, with '/'
 * @param imports         single-type imports, fully qualified
 * @param wildcardImports packages (or types) imported with {@code .*}
 * @param staticImports   static imports: {@code pkg.Type.member} or {@code pkg.Type.*}
 */
public record FileFacts(String path, String packageName, List<String> imports, List<String> wildcardImports,
                        List<String> staticImports, List<TypeFacts> types, int lines) implements Serializable {

    public FileFacts {
        imports = List.copyOf(imports);
        wildcardImports = List.copyOf(wildcardImports);
        staticImports = List.copyOf(staticImports);
        types = List.copyOf(types);
    }
}
