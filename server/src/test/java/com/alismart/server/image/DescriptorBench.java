package com.alismart.server.image;

import com.alismart.server.catalog.CatalogGenerator;
import com.alismart.server.catalog.Product;
import com.alismart.server.catalog.ProductImages;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

/**
 * Times the descriptor: a 512 px query photo (as decoded, RGB and 3BYTE_BGR), and the index-time render plus
 * descriptor per catalog product. Single thread, after a warm-up, median of many runs. Run as a plain main.
 */
public final class DescriptorBench {
    private static final int RUNS = 2_000;

    private DescriptorBench() {
    }

    public static void main(String[] args) {
        List<Product> products = new CatalogGenerator(42).products(RUNS).toList();
        BufferedImage photo = ProductImages.render(products.get(0), 512);
        BufferedImage jpeg = Distortions.jpeg(photo, 0.6f);
        float sink = 0;
        for (int round = 0; round < 2; round++) {
            // The first round only warms the JIT up.
            double[] rgb = new double[RUNS];
            double[] bgr = new double[RUNS];
            double[] index = new double[RUNS];
            double[] render = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                sink += ImageDescriptor.compute(photo)[100];
                long t1 = System.nanoTime();
                sink += ImageDescriptor.compute(jpeg)[100];
                long t2 = System.nanoTime();
                BufferedImage drawn = ProductImages.render(products.get(i), ImageDescriptor.INDEX_RENDER_SIZE);
                long t3 = System.nanoTime();
                sink += ImageDescriptor.compute(drawn)[100];
                long t4 = System.nanoTime();
                rgb[i] = (t1 - t0) / 1e6;
                bgr[i] = (t2 - t1) / 1e6;
                render[i] = (t3 - t2) / 1e6;
                index[i] = (t4 - t2) / 1e6;
            }
            if (round == 1) {
                System.out.printf("descriptor, 512 px INT_RGB:    %.3f ms median%n", median(rgb));
                System.out.printf("descriptor, 512 px 3BYTE_BGR:  %.3f ms median%n", median(bgr));
                System.out.printf("index render %d px:           %.3f ms median%n",
                        ImageDescriptor.INDEX_RENDER_SIZE, median(render));
                System.out.printf("index render + descriptor:     %.3f ms median%n", median(index));
            }
        }
        // Printed so the JIT cannot drop the work as unused.
        System.out.println("checksum " + sink);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
