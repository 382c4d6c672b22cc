#!/usr/bin/env bash
# Cold generator run in a real build (docs/benchmarks.md, "Cold generator run"): a consumer of the shipped tables
# (tables/*.csv) compiled by `dotnet build` without the compiler server (-p:UseSharedCompilation=false), so every
# compile is a fresh csc process that loads and runs the generator for the first time. The compiler's own account
# (-p:ReportAnalyzer=true) gives the generator's time. Two variants of CodeTables.Generator.dll, interleaved:
#   il   the IL assembly as built (netstandard2.0)
#   r2r  the same assembly compiled ReadyToRun for linux-x64 by crossgen2 (a throwaway net10.0 project that publishes
#        it with PublishReadyToRun; the SDK picks the Crossgen2 pack), against the shared framework and the SDK's
#        own Roslyn (sdk/<version>/Roslyn/bincore), the compiler that loads it
# Prints, per build, the CodeTables generator's time, the table-diagnostics analyzer's time (same assembly) and the
# compiler's total generator time, then the minimum and median per variant. Then, since times on a shared machine
# swing with its load, the deterministic part: the methods the JIT compiled in the compiler's process
# (DOTNET_JitStdOutFile + DOTNET_JitDisasmSummary, set for csc only through CscEnvironment) for each variant, less
# those it compiles for the same project with the generated code checked in as plain .cs files and no generator
# ("plain"): what the generator's own first run makes the JIT compile.
#
#   bash tests/CodeTables.Benchmarks/cold-build/run.sh [ROUNDS] [GENERATOR_DLL]     (ROUNDS 0: the JIT lists only)
# GENERATOR_DLL: measure this generator assembly as a third variant "given" (e.g. the one in a packed package).
set -euo pipefail
rounds=${1:-5}
given=${2:-}
repo=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
sdk_version=$(dotnet --version)
roslyn="$(dirname "$(command -v dotnet)")/sdk/$sdk_version/Roslyn/bincore"
[ -d "$roslyn" ] || roslyn="$(dirname "$(readlink -f "$(command -v dotnet)")")/sdk/$sdk_version/Roslyn/bincore"

echo "== build: generator and runtime (Release)"
dotnet build "$repo/generator/CodeTables.Generator/CodeTables.Generator.csproj" -c Release -v:q -nologo > "$work/gen.log" || { cat "$work/gen.log"; exit 1; }
dotnet build "$repo/runtime/CodeTables/CodeTables.csproj" -c Release -v:q -nologo > "$work/rt.log" || { cat "$work/rt.log"; exit 1; }
il="$repo/generator/CodeTables.Generator/bin/Release/netstandard2.0/CodeTables.Generator.dll"
mkdir -p "$work/il" "$work/r2r"
cp "$il" "$work/il/"

echo "== crossgen2: CodeTables.Generator.dll ReadyToRun for linux-x64 against $roslyn"
mkdir -p "$work/crossgen"
cat > "$work/crossgen/Crossgen.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
    <SelfContained>false</SelfContained>
    <PublishReadyToRun>true</PublishReadyToRun>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$il" />
    <Reference Include="$roslyn/Microsoft.CodeAnalysis.dll" />
    <Reference Include="$roslyn/Microsoft.CodeAnalysis.CSharp.dll" />
    <PublishReadyToRunExclude Include="Microsoft.CodeAnalysis.dll;Microsoft.CodeAnalysis.CSharp.dll;Crossgen.dll" />
  </ItemGroup>
</Project>
XML
# The work folder's own Directory.Build.props: none of the repository's, and for the JIT lists below, the compiler's
# environment (CscEnvironment, the Csc task's EnvironmentVariables) when JitOut is set.
cat > "$work/Directory.Build.props" <<'XML'
<Project>
  <PropertyGroup Condition="'$(JitOut)' != ''">
    <CscEnvironment>DOTNET_JitStdOutFile=$(JitOut);DOTNET_JitDisasmSummary=1</CscEnvironment>
  </PropertyGroup>
</Project>
XML
 echo '<Project />' > "$work/Directory.Build.targets"; echo '<Project />' > "$work/Directory.Packages.props"
dotnet publish "$work/crossgen/Crossgen.csproj" -c Release -o "$work/crossgen/out" -v:q -nologo > "$work/crossgen.log" || { cat "$work/crossgen.log"; exit 1; }
cp "$work/crossgen/out/CodeTables.Generator.dll" "$work/r2r/"
variants="il r2r"
if [ -n "$given" ]; then mkdir -p "$work/given"; cp "$given" "$work/given/CodeTables.Generator.dll"; variants="$variants given"; fi
for v in $variants; do echo "size $v: $(stat -c %s "$work/$v/CodeTables.Generator.dll") bytes"; done

echo "== consumer: the shipped tables ($(ls "$repo"/tables/*.csv | wc -l) files)"
source "$(dirname "$0")/consumer.sh"
write_consumer
dotnet build "$work/consumer/Consumer.csproj" -c Release -p:GeneratorDir="$work/il" -v:q -nologo > "$work/first.log" || { cat "$work/first.log"; exit 1; }

# One build: a touched file forces the compile; a fresh csc process (no server) loads the generator cold.
measure() {
  local v=$1 log="$work/$1.log"
  echo "// $RANDOM $RANDOM" > "$work/consumer/Touch.cs"
  dotnet build "$work/consumer/Consumer.csproj" -c Release --no-restore -nologo -v:d -nodeReuse:false \
    -p:UseSharedCompilation=false -p:ReportAnalyzer=true -p:GeneratorDir="$work/$v" > "$log" 2>&1 || { tail -40 "$log"; exit 1; }
  local gen ana total
  gen=$(grep -E '^ +[0-9.]+ +[0-9<]+ +CodeTables\.Generator\.CodeTablesGenerator$' "$log" | awk '{print $1}')
  ana=$(grep -E '^ +[0-9.]+ +[0-9<]+ +CodeTables\.Generator\.Analysis\.TableDiagnosticsAnalyzer' "$log" | awk '{print $1}')
  total=$(grep -oE 'Total generator execution time: [0-9.]+' "$log" | awk '{print $5}')
  echo "$v $gen $ana $total"
}

echo "== $rounds rounds, variants interleaved (seconds: CodeTables generator, table analyzer, all generators); $(uptime)"
: > "$work/results"
for i in $(seq "$rounds"); do
  for v in $variants; do measure "$v" | tee -a "$work/results"; done
done
echo "== summary ($(uptime))"
for v in $variants; do
  [ "$rounds" -gt 0 ] || break
  awk -v v="$v" '$1 == v {print $2}' "$work/results" | sort -n | awk -v v="$v" '{a[NR]=$1} END {printf "%-5s generator min %.3f s, median %.3f s, max %.3f s over %d builds\n", v, a[1], (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2, a[NR], NR}'
done

echo "== methods jitted in the compiler process, attributable to the generator (variant's set less plain's)"
jitlist() { # $1 project, $2 generator dir, $3 output
  echo "// jit $RANDOM $RANDOM" > "$(dirname "$1")/Touch.cs"
  dotnet build "$1" -c Release --no-restore -nologo -v:q -nodeReuse:false -p:UseSharedCompilation=false -p:GeneratorDir="$2" \
    -p:JitOut="$3.raw" > "$3.log" 2>&1 || { tail -40 "$3.log"; exit 1; }
  sed -E 's/^ *[0-9]+: JIT compiled //; s/ \[(Instrumented )?(Tier0|Tier1|FullOpts|MinOpts|OSR)[^]]*\]$//' "$3.raw" | sort -u > "$3"
}
# plain: the same consumer with the generator's output as ordinary sources, no generator.
write_plain "$work/il"
jitlist "$work/plain/Plain.csproj" "$work/il" "$work/jit-plain"
echo "plain (no generator): $(wc -l < "$work/jit-plain") distinct methods jitted by the whole compile"
for v in $variants; do
  jitlist "$work/consumer/Consumer.csproj" "$work/$v" "$work/jit-$v"
  comm -13 "$work/jit-plain" "$work/jit-$v" > "$work/extra-$v"
  echo "$v: $(wc -l < "$work/jit-$v") in all, $(wc -l < "$work/extra-$v") more than plain, of which $(grep -c '^CodeTables' "$work/extra-$v") CodeTables.* methods and $(grep -c '^Microsoft\.CodeAnalysis\.NodeStateTable' "$work/extra-$v") NodeStateTable instantiations"
done
