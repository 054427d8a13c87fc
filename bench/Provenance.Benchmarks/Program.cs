using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Provenance.Benchmarks.StageBenchmarks).Assembly).Run(args);
