using System;
using System.IO;
using System.Text;

namespace CallOutcomeReport.Tests;

/// <summary>A file in the temp directory, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    private TempFile(string path) => Path = path;

    public string Path { get; }

    public static TempFile Named(string extension = ".csv") =>
        new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "call-outcome-report-" + Guid.NewGuid().ToString("N") + extension));

    public static TempFile WithText(string text)
    {
        var file = Named();
        File.WriteAllText(file.Path, text, new UTF8Encoding(false));
        return file;
    }

    public void Dispose()
    {
        if (File.Exists(Path))
        {
            File.Delete(Path);
        }
    }
}
