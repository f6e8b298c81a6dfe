Console.WriteLine("resume-refiner");
