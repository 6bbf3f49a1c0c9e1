#!/bin/sh
# The jobs sweep, for sizing a bureau's server: `selfeval score` on N workbooks with --jobs 1, 2, 4, 8, 16 and the
# default (one worker per core; one on two cores), R rounds, on whatever machine runs it (Node 20+, the project
# built; GNU /usr/bin/time adds CPU and peak memory, without it those columns say n/a).
#
#   scripts/bench/scaling.sh [FILES] [ROUNDS] [JOBS]      defaults: 1000 3 1,2,4,8,16
#   scripts/bench/scaling.sh 5000 2                        the issue's 16-core measurement
#
# Output: lines starting with # describe the machine and the run; then one tab-separated table, a header and one
# row per setting:
#   jobs         --jobs N, or "default" (no --jobs: one worker per core, on two cores one that leaves writing its
#                copies to the main thread; one core or little input: no workers)
#   wall_s       median wall-clock seconds of the whole process (startup, folder walk, scoring, report)
#   wall_min-max the fastest and slowest round
#   cpu_s        median user + system CPU seconds (all threads)
#   peak_mb      median peak resident memory of the process (MB)
#   files_per_s  FILES / wall_s
#   speedup      wall_s of the first setting (--jobs 1) / this wall_s
#   efficiency   speedup / min(jobs, cores): 1.00 = every core fully used
#   exit         the command's exit codes (0: every file scored)
# The folder of copies is made in $TMPDIR (about 15 KB a workbook) and removed at the end.
set -e
cd "$(dirname "$0")/../.."
[ -f lib/cli/main.js ] || npm run build:cli >/dev/null
exec node scripts/bench/sweep.mjs --files "${1:-1000}" --rounds "${2:-3}" --jobs "${3:-1,2,4,8,16}"
