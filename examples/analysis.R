# Entente tables in R: loads every table of an `entente analyze` output folder with the types of its schema,
# checks them, and draws the top dyads and the North Korea-Russia dyad over time with base graphics.
#
#   ./entente analyze                  # writes out/
#   Rscript examples/analysis.R        # or: Rscript examples/analysis.R OUT_DIR
#
# Needs readr (Debian: r-cran-readr). Figures go to OUT_DIR/figures-r/. Column definitions: docs/tables.md.
suppressPackageStartupMessages(library(readr))

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else Sys.getenv("ENTENTE_OUT", "out")
figures <- file.path(out, "figures-r")
dir.create(figures, showWarnings = FALSE, recursive = TRUE)
check <- function(ok, ...) if (!isTRUE(ok)) stop(paste0(...), call. = FALSE)

# The schema of this run: one row per column of every table. na = character() keeps empty strings as "".
schema <- read_csv(file.path(out, "schema.csv"), na = character(),
                   col_types = cols(.default = "c", position = "i", key = "l"))
READR <- c(string = "c", date = "c", partial_date = "c", list = "c", integer = "i", boolean = "l")
CLASS <- c(string = "character", date = "character", partial_date = "character", list = "character",
           integer = "integer", boolean = "logical")

load_table <- function(table) {
  columns <- schema[schema$table == table, ]
  columns <- columns[order(columns$position), ]
  types <- do.call(cols, as.list(setNames(READR[columns$type], columns$column)))
  read_csv(file.path(out, paste0(table, ".csv")), na = character(), col_types = types, progress = FALSE)
}
tables <- sapply(unique(schema$table), load_table, simplify = FALSE)

# Check every table against its schema: columns in order, classes, ISO dates, unique and sorted keys.
# Sorting is by characters (C locale: method = "radix"), integer keys numerically.
for (file in names(tables)) {
  df <- tables[[file]]
  columns <- schema[schema$table == file, ]
  columns <- columns[order(columns$position), ]
  check(identical(names(df), columns$column), file, ": columns ", paste(names(df), collapse = ","))
  for (i in seq_len(nrow(columns))) {
    column <- columns$column[i]
    type <- columns$type[i]
    check(identical(class(df[[column]]), unname(CLASS[type])), file, ": ", column, " is ", class(df[[column]]),
          ", expected ", CLASS[type])
    check(!anyNA(df[[column]]), file, ": ", column, " has missing values")
    if (type == "partial_date") {
      check(all(grepl("^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$", df[[column]])), file, ": ", column, " not ISO 8601")
    }
    if (type == "date") {
      check(all(grepl("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", df[[column]])), file, ": ", column, " not an ISO 8601 day")
    }
  }
  key <- columns$column[columns$key]
  check(!anyDuplicated(as.data.frame(df)[key]), file, ": key ", paste(key, collapse = ","), " repeated")
  ord <- do.call(order, c(unname(as.list(as.data.frame(df)[key])), method = "radix"))
  check(identical(ord, seq_len(nrow(df))), file, ": rows not sorted by ", paste(key, collapse = ","))
}
cat("every table matches its schema:", paste(names(tables), collapse = ", "), "\n")

# Top dyads at sentence scope: most units, then most documents, then the ids.
actors <- tables[["actors"]]
name <- setNames(actors$name, actors$actor_id)
dyads <- tables[["dyads"]]
top <- dyads[dyads$scope == "sentence", ]
top <- top[order(-top$units, -top$documents, top$actor_1, top$actor_2, method = "radix"), ]
sample_corpus <- c("beijing-parade-2025.txt", "camp-david-trilateral-2023.html", "dprk-russia-treaty-2024.txt",
                   "korea-japan-shuttle-diplomacy-2023.txt", "korea-japan-takaichi-2025.txt",
                   "kursk-deployment-2024.pdf", "quad-aukus-2026.txt", "un-sanctions-panel-2024.pdf",
                   "us-china-export-controls-2025.html", "vostochny-summit-2023.txt")
if (setequal(tables[["documents"]]$doc_id, sample_corpus)) {
  first <- top[1, ]
  check(first$actor_1 == "PRK" && first$actor_2 == "RUS" && first$units == 72L && first$documents == 11L,
        "sample corpus: top dyad is ", first$actor_1, "-", first$actor_2, ", expected PRK-RUS (72 units, 11 documents)")
  cat("sample corpus: top dyad", name[[first$actor_1]], "-", name[[first$actor_2]], first$units, "sentences in",
      first$documents, "documents\n")
}
shown <- head(top, 10)
png(file.path(figures, "top-dyads.png"), width = 800, height = 450)
par(mar = c(4, 14, 3, 1))
barplot(rev(shown$units), names.arg = rev(paste(name[shown$actor_1], "-", name[shown$actor_2])), horiz = TRUE,
        las = 1, col = "#4c72b0", xlab = "sentences mentioning both", main = "Top co-mentioned pairs (sentence scope)")
invisible(dev.off())

# The North Korea-Russia dyad per period; periods without a co-mention count 0.
series <- tables[["timeseries"]]
periods <- sort(unique(series$period))
prk_rus <- series[series$kind == "dyad" & series$scope == "sentence" & series$actor_1 == "PRK" &
                  series$actor_2 == "RUS", ]
counts <- setNames(integer(length(periods)), periods)
counts[prk_rus$period] <- prk_rus$count
check(sum(counts) == sum(dyads$units[dyads$scope == "sentence" & dyads$actor_1 == "PRK" & dyads$actor_2 == "RUS"]),
      "timeseries.csv does not add up to dyads.csv for PRK-RUS")
png(file.path(figures, "prk-rus-timeseries.png"), width = 800, height = 350)
par(mar = c(6, 4, 3, 1))
barplot(counts, las = 2, col = "#c44e52", ylab = "sentences mentioning both",
        main = "North Korea - Russia co-mentions per period")
invisible(dev.off())
cat("figures in", figures, "\n")
