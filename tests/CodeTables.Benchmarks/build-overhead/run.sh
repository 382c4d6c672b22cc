#!/usr/bin/env bash
# Build overhead of the generator (docs/benchmarks.md, "Build overhead"): `dotnet build` of the sample
# CallOutcomeReport with its tables (the generator runs) against the same sample with the generated code
# checked in as plain .cs files (what a user writes instead: the same enums and switches, by hand).
#
# Both variants are temporary projects outside the repository that compile the sample's own .cs files; they differ
# only in where the table code comes from. Each build after the first recompiles the sample (a touched file);
# the generator and the runtime are up to date. Prints the median wall time of RUNS builds per variant, and the
# compiler's own generator time (ReportAnalyzer).
#
#   bash tests/CodeTables.Benchmarks/build-overhead/run.sh [RUNS]
set -euo pipefail
runs=${1:-7}
repo=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

common() {
  cat <<XML
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>CallOutcomeReport</RootNamespace>
    <AssemblyName>CallOutcomeReport</AssemblyName>
    <CodeTablesNamespace>CallOutcomeReport.Tables</CodeTablesNamespace>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <NoWarn>\$(NoWarn);CS1591</NoWarn>
    <InvariantGlobalization>true</InvariantGlobalization>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
XML
}

items() {
  cat <<XML
    <Compile Include="$repo/samples/CallOutcomeReport/*.cs" />
    <Compile Include="Touch.cs" />
    <PackageReference Include="CsvHelper" Version="33.0.1" />
    <ProjectReference Include="$repo/runtime/CodeTables/CodeTables.csproj" />
XML
}

# With tables: the generator compiles tables/*.csv during the build, as the sample does.
mkdir -p "$work/with"
cat > "$work/with/With.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/generator/CodeTables.Generator/build/CodeTables.props" />
  <PropertyGroup>
$(common)
  </PropertyGroup>
  <ItemGroup>
$(items)
    <ProjectReference Include="$repo/generator/CodeTables.Generator/CodeTables.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <CodeTable Include="$repo/tables/*.csv" />
  </ItemGroup>
  <Import Project="$repo/generator/CodeTables.Generator/build/CodeTables.targets" />
</Project>
XML

# Without tables: the same code, generated once and compiled as ordinary source.
mkdir -p "$work/without/Tables"
cat > "$work/without/Without.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
$(common)
  </PropertyGroup>
  <ItemGroup>
$(items)
    <Compile Include="Tables/*.cs" />
  </ItemGroup>
</Project>
XML

for v in with without; do echo "// touched" > "$work/$v/Touch.cs"; done

echo "== first builds (restore, generator and runtime)"
dotnet build "$work/with/With.csproj" -c Release -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$work/generated" -v:q -nologo
find "$work/generated" -name 'CallOutcomeReport.Tables.*.g.cs' -exec cp {} "$work/without/Tables/" \;
echo "generated files checked in for the 'without' variant: $(ls "$work/without/Tables" | wc -l)"
dotnet build "$work/without/Without.csproj" -c Release -v:q -nologo

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

measure() {
  local project=$1 dir
  dir=$(dirname "$project")
  for i in $(seq "$runs"); do
    echo "// touched $i $RANDOM" > "$dir/Touch.cs"
    local start end
    start=$(date +%s%N)
    dotnet build "$project" -c Release --no-restore -v:q -nologo > "$dir/build.log" 2>&1 || { cat "$dir/build.log"; exit 1; }
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
  done
}

echo "== $runs builds each, alternating variants (ms, wall clock)"
: > "$work/with.ms"; : > "$work/without.ms"
for i in $(seq "$runs"); do
  runs=1 measure "$work/with/With.csproj" >> "$work/with.ms"
  runs=1 measure "$work/without/Without.csproj" >> "$work/without.ms"
done
with=$(median < "$work/with.ms"); without=$(median < "$work/without.ms")
echo "with tables (generator runs):     median ${with} ms   [$(tr '\n' ' ' < "$work/with.ms")]"
echo "without (generated code as .cs):  median ${without} ms   [$(tr '\n' ' ' < "$work/without.ms")]"
awk -v a="$with" -v b="$without" 'BEGIN { printf "ratio with / without: %.3f\n", a / b }'

echo "== the compiler's own account (ReportAnalyzer), one build with tables"
echo "// touched report" > "$work/with/Touch.cs"
dotnet build "$work/with/With.csproj" -c Release --no-restore -nologo -v:d -p:ReportAnalyzer=true > "$work/report.log" 2>&1
# The report: total analyzer and generator time, then one line per analyzer/generator assembly (seconds, %).
grep -E "execution time|^ *[0-9]+\.[0-9]+ +[0-9<]+ " "$work/report.log" | sed 's/^ *//' | head -40
