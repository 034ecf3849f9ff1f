package dev.asynciotck.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a {@link Specification} from the bundled specification on the class path or from feature files. */
public final class SpecificationLoader {

    /** Where the features module puts the feature files on the class path. */
    public static final String FEATURES_RESOURCE = "asynciotck/features";

    private SpecificationLoader() {
    }

    /** The bundled specification, from the class path. */
    public static Specification bundled() {
        ClassLoader loader = SpecificationLoader.class.getClassLoader();
        List<SpecFeature> features = new ArrayList<>();
        withResourceDir(loader, FEATURES_RESOURCE, dir -> features.addAll(parseAll(dir,
                file -> Locations.CLASSPATH + FEATURES_RESOURCE + "/" + dir.relativize(file).toString().replace('\\', '/'))));
        if (features.isEmpty()) {
            throw new IllegalStateException("no feature files under " + FEATURES_RESOURCE
                    + " on the class path: is the asyncio-tck-features jar missing?");
        }
        return Specification.of("the bundled specification", features);
    }

    /** The feature files at {@code paths} (files, or directories searched for {@code .feature} files). */
    public static Specification fromPaths(List<Path> paths) {
        List<SpecFeature> features = new ArrayList<>();
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (!Files.exists(absolute)) {
                throw new IllegalArgumentException("no such feature file or directory: " + path);
            }
            features.addAll(parseAll(absolute, Path::toString));
        }
        return Specification.of(paths.toString(), features);
    }

    /** Every scenario of every {@code .feature} file below {@code root} (or of that file), in file order. */
    public static List<SpecScenario> load(Path root) {
        return fromPaths(List.of(root)).scenarios();
    }

    interface PathConsumer {
        void accept(Path dir) throws IOException;
    }

    /** Calls {@code action} with each class path directory of that name, opening jars as file systems. */
    static void withResourceDir(ClassLoader loader, String name, PathConsumer action) {
        try {
            for (URL url : java.util.Collections.list(loader.getResources(name))) {
                URI uri = url.toURI();
                if (uri.getScheme().equals("jar")) {
                    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                        action.accept(jar.provider().getPath(uri));
                    }
                } else {
                    action.accept(Path.of(uri));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the class path", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    interface UriOf {
        String of(Path file);
    }

    private static List<SpecFeature> parseAll(Path root, UriOf uriOf) {
        try (Stream<Path> files = Files.walk(root)) {
            List<SpecFeature> features = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                features.add(FeatureParser.parse(uriOf.of(file), Files.readAllBytes(file)));
            }
            return features;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read features below " + root, e);
        }
    }
}
