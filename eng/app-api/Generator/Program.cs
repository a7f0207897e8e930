using CustomerIO.Eng.AppApi;

// Writes (or with --check, compares) every file the App API table generates. Run from anywhere inside the repository.
var check = args.Contains("--check") || args.Contains("check");
var root = FindRoot(Directory.GetCurrentDirectory());
var operations = OperationTable.Parse(File.ReadAllText(Path.Combine(root, Generator.TablePath)));
var files = Generator.Render(root);
var stale = Generator.OwnedFolders
    .SelectMany(folder => Directory.GetFiles(Path.Combine(root, folder), "*.g.cs", SearchOption.AllDirectories))
    .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
    .Where(path => !files.ContainsKey(path))
    .ToList();
var differing = files.Where(f => !File.Exists(Path.Combine(root, f.Key)) || File.ReadAllText(Path.Combine(root, f.Key)) != f.Value).Select(f => f.Key).ToList();
if (check)
{
    foreach (var path in differing.Concat(stale))
    {
        Console.Error.WriteLine("out of date: " + path);
    }

    return differing.Count + stale.Count == 0 ? 0 : 1;
}

foreach (var path in differing)
{
    File.WriteAllText(Path.Combine(root, path), files[path]);
    Console.WriteLine("wrote " + path);
}

foreach (var path in stale)
{
    File.Delete(Path.Combine(root, path));
    Console.WriteLine("deleted " + path);
}

Console.WriteLine($"{operations.Count} operations, {operations.Count(o => o.IsGenerated)} generated methods, {files.Count} files.");
return 0;

static string FindRoot(string start)
{
    for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "CustomerIO.slnx")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Run inside the repository (no CustomerIO.slnx above " + start + ").");
}
