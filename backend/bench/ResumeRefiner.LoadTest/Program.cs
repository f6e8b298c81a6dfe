using ResumeRefiner.LoadTest;

// resume-refiner-load: drives a running Resume Refiner with the mix users produce (upload, analyse against a
// posting, export, read lists, optionally AI jobs) and reports throughput and latency; and plays a stand-in
// Anthropic Messages API whose outages can be switched on, for the scale-out fault drills (deploy/scale/).
try
{
    return args switch
    {
        ["run", .. var rest] => await LoadRun.RunAsync(LoadOptions.Parse(rest)),
        ["fake-anthropic", .. var rest] => await FakeAnthropicServer.RunAsync(FakeAnthropicOptions.Parse(rest)),
        _ => Usage(),
    };
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          resume-refiner-load run --base-url http://127.0.0.1:8080 [--users 8] [--duration 60] [--max-requests 20000]
                                  [--ai-every 0] [--drain 60] [--seed 1] [--out summary.json]
          resume-refiner-load fake-anthropic --port 18700 [--latency-ms 200]
            control: POST /control/outage?status=429|529|timeout&seconds=60, GET /control/stats
        """);
    return 2;
}
