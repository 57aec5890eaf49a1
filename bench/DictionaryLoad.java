import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.actors.ActorDictionary;
import org.entente.actors.DictionaryLoader;
import org.entente.actors.DictionaryResolver;
import org.entente.actors.LanguageRules;
import org.entente.actors.ResolverOptions;
import org.entente.pipeline.Language;

/**
 * What a run's start-up builds from a dictionary folder, alone in a cold JVM (bench/dictionary): the dictionary, the
 * rules of every language and the resolver, as {@code entente analyze} builds them. Prints the main thread's CPU
 * seconds and the wall seconds of that, and the heap still in use after two full collections (what the run keeps).
 * bench/dictionary compiles it against each build ({@code javac -cp target/entente.jar -d DIR bench/DictionaryLoad.java},
 * then {@code java -cp DIR:target/entente.jar DictionaryLoad models/}): run from source, the compiler would stay in the
 * heap measured.
 */
public final class DictionaryLoad {
    public static void main(String[] args) {
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        ActorDictionary dictionary = DictionaryLoader.load(Path.of(args[0]), List.of());
        List<LanguageRules> rules = new ArrayList<>();
        rules.add(Language.ENGLISH.rules(dictionary));
        for (Language language : Language.values()) {
            if (language != Language.ENGLISH) {
                rules.add(language.rules(dictionary));
            }
        }
        DictionaryResolver resolver = new DictionaryResolver(dictionary, ResolverOptions.DEFAULTS, rules);
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        wall = System.nanoTime() - wall;
        System.gc();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long live = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf(Locale.ROOT, "%.3f %.3f %.1f%n", cpu / 1e9, wall / 1e9, live / 1e6);
        if (resolver.hashCode() == dictionary.hashCode()) { // keeps both reachable up to here
            System.out.println();
        }
    }
}
