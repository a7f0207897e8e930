using BenchmarkDotNet.Running;

// Micro-benchmarks (not tests). Usage: dotnet run -c Release --project benchmarks/CustomerIO.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
